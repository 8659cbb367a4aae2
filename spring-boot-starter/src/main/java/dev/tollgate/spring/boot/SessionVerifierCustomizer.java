package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifierBuilder;

/**
 * Sets verifier options that have no property, on the builder of the auto-configured
 * {@link dev.tollgate.SessionVerifier}: for example {@link SessionVerifierBuilder#clock(java.time.Clock)}, a
 * {@link SessionVerifierBuilder#keySourceListener key source listener}, an HTTP client, the issuer, audiences or
 * algorithms. Declare beans of this type; they run in their {@code @Order}, after the properties are applied.
 * Each builder option can be set once, so a customizer must not set an option a property sets (the key source,
 * publishable key, authorized parties, clock skew, stale keys, cache size, key fetch timeout, accept pending), nor,
 * while {@link TollgateMetricsAutoConfiguration} binds the meters, the verification and key source listeners: that
 * fails startup.
 *
 * <p>Implementations are called once, on the thread that creates the verifier.
 */
@FunctionalInterface
public interface SessionVerifierCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder with the properties applied
   */
  void customize(SessionVerifierBuilder builder);
}
