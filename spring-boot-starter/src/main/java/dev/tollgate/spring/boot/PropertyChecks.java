package dev.tollgate.spring.boot;

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

  static IllegalStateException misconfigured(@Nullable String problem) {
    return new IllegalStateException("Tollgate is misconfigured: " + problem);
  }
}
