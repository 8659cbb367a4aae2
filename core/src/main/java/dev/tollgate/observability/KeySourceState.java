package dev.tollgate.observability;

/** The readiness of a verifier's signing keys, as reported by {@link KeySourceHealth#state()}. */
public enum KeySourceState {

  /** A key set is loaded and within its time to live. */
  HEALTHY,

  /**
   * Refreshing has failed and the last good key set is being served past its time to live, within the stale
   * bound. Verification still works; alert on this state.
   */
  DEGRADED,

  /**
   * No key set can be served: none was ever loaded, or the last one is older than the stale bound.
   * Verification answers "unavailable" (HTTP 503).
   */
  UNAVAILABLE
}
