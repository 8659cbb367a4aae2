/**
 * Tollgate's Micrometer binding: meters for a verifier's outcomes, key fetches and key-source health
 * ({@link dev.tollgate.micrometer.TollgateMetrics}).
 */
module dev.tollgate.micrometer {
  requires transitive dev.tollgate.core;
  requires transitive micrometer.core;
  requires static org.jspecify;

  exports dev.tollgate.micrometer;
}
