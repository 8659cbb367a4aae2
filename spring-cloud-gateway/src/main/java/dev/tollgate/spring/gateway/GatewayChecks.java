package dev.tollgate.spring.gateway;

import org.jspecify.annotations.Nullable;

/** Startup errors that name the setting and never its value. Stateless. */
final class GatewayChecks {

  private GatewayChecks() {}

  /**
   * @param property the property's name, for example {@code tollgate.gateway.public-paths}
   * @param problem what is wrong, without the value
   * @return the error to throw
   */
  static IllegalStateException property(String property, @Nullable String problem) {
    return misconfigured("property " + property + " is invalid: " + problem);
  }

  /**
   * @param problem what is wrong, naming the setting and not its value
   * @return the error to throw
   */
  static IllegalStateException misconfigured(String problem) {
    return new IllegalStateException("Tollgate is misconfigured: " + problem);
  }
}
