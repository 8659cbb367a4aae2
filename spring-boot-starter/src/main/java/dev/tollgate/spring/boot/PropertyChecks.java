package dev.tollgate.spring.boot;

import dev.tollgate.web.BearerChallenge;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Turns a builder's refusal into a startup error that names the property and never its value. Stateless. */
final class PropertyChecks {

  private PropertyChecks() {}

  /**
   * Runs a check of one property's value.
   *
   * @param property the property's name, for example {@code tollgate.clock-skew}
   * @param check applies or checks the value
   * @return what the check returns
   * @throws IllegalStateException naming the property, with the builder's message (which never echoes values)
   */
  static <T> T checked(String property, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw misconfigured("property " + property + " is invalid: " + invalid.getMessage());
    }
  }

  /** @return {@code tollgate.realm}, checked as a challenge's realm */
  static String realm(TollgateProperties tollgate) {
    return checked(TollgateProperties.PREFIX + ".realm", () -> BearerChallenge.requireValidRealm(tollgate.getRealm()));
  }

  static IllegalStateException misconfigured(@Nullable String problem) {
    return new IllegalStateException("Tollgate is misconfigured: " + problem);
  }
}
