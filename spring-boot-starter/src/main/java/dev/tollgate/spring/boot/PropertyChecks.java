package dev.tollgate.spring.boot;

import dev.tollgate.web.BearerChallenge;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns a refused setting into a startup error that names the property and never its value, for the starter and
 * Tollgate's other Spring modules (the gateway filter); not meant for applications. Stateless and thread-safe.
 */
public final class PropertyChecks {

  private PropertyChecks() {}

  /**
   * Runs a check of one property's value.
   *
   * @param property the property's name, for example {@code tollgate.clock-skew}
   * @param check applies or checks the value
   * @return what the check returns
   * @throws IllegalStateException naming the property, with the builder's message (which never echoes values)
   */
  public static <T> T checked(String property, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw invalid(property, invalid.getMessage());
    }
  }

  /**
   * The realm of the refusals' challenges.
   *
   * @param tollgate the bound properties
   * @return {@code tollgate.realm}, checked as a challenge's realm
   * @throws IllegalStateException naming {@code tollgate.realm} if it is not one
   */
  public static String realm(TollgateProperties tollgate) {
    return checked(TollgateProperties.PREFIX + ".realm", () -> BearerChallenge.requireValidRealm(tollgate.getRealm()));
  }

  /**
   * A startup error for one property.
   *
   * @param property the property's name
   * @param problem what is wrong with it, never its value
   * @return {@code Tollgate is misconfigured: property <name> is invalid: <problem>}
   */
  public static IllegalStateException invalid(String property, @Nullable String problem) {
    return misconfigured("property " + property + " is invalid: " + problem);
  }

  /**
   * A startup error.
   *
   * @param problem what is wrong, never a value
   * @return {@code Tollgate is misconfigured: <problem>}
   */
  public static IllegalStateException misconfigured(@Nullable String problem) {
    return new IllegalStateException("Tollgate is misconfigured: " + problem);
  }
}
