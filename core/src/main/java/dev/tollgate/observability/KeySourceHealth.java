package dev.tollgate.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of a verifier's signing keys, for readiness probes and dashboards: the {@linkplain #state()
 * state}, how old the key set is, the last success and failure, the key ids, and fetch counts. Verifiers
 * create it ({@code SessionVerifier.health()}); the canonical constructor is public for tests and adapters
 * that need a snapshot of their own.
 *
 * <p>A networkless verifier (one PEM key) is always {@link KeySourceState#HEALTHY} and never fetches.
 * Immutable and thread-safe.
 *
 * @param state whether verification can use keys now, and whether they are fresh
 * @param keySetAge time since the current key set was fetched; empty when none is loaded or it is a fixed key
 * @param freshUntil when the current key set's time to live ends
 * @param staleUntil when the current key set stops being served even as stale keys
 * @param lastSuccess when the last fetch succeeded
 * @param lastFailure when the last fetch failed
 * @param lastFailureCause why the last fetch failed; present only together with {@code lastFailure}
 * @param keyIds the usable key ids of the current key set; copied, unmodifiable
 * @param fetchCount how many fetches were started since the verifier was built
 * @param fetchFailureCount how many of them failed
 * @param consecutiveFailures failed fetches in a row since the last success
 */
public record KeySourceHealth(KeySourceState state, Optional<Duration> keySetAge, Optional<Instant> freshUntil,
    Optional<Instant> staleUntil, Optional<Instant> lastSuccess, Optional<Instant> lastFailure,
    Optional<KeyFetchFailure> lastFailureCause, Set<String> keyIds, long fetchCount, long fetchFailureCount,
    int consecutiveFailures) {

  /**
   * Creates a snapshot and checks that it is consistent.
   *
   * @throws NullPointerException if a component is {@code null} (absent values are empty optionals)
   * @throws IllegalArgumentException if {@code keySetAge} or a count is negative, or a failure cause is given
   *     without the time of the failure
   */
  public KeySourceHealth {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(keySetAge, "keySetAge");
    Objects.requireNonNull(freshUntil, "freshUntil");
    Objects.requireNonNull(staleUntil, "staleUntil");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(lastFailure, "lastFailure");
    Objects.requireNonNull(lastFailureCause, "lastFailureCause");
    keyIds = Set.copyOf(Objects.requireNonNull(keyIds, "keyIds"));
    if (keySetAge.filter(Duration::isNegative).isPresent()) {
      throw new IllegalArgumentException("keySetAge must not be negative");
    }
    if (fetchCount < 0 || fetchFailureCount < 0 || consecutiveFailures < 0) {
      throw new IllegalArgumentException("fetch counts must not be negative");
    }
    if (lastFailureCause.isPresent() && lastFailure.isEmpty()) {
      throw new IllegalArgumentException("lastFailureCause needs lastFailure");
    }
  }

  @Override
  public String toString() {
    return "KeySourceHealth[state=" + state + ", keySetAge=" + keySetAge.orElse(null) + ", keyIds=" + keyIds
        + ", fetchCount=" + fetchCount + ", fetchFailureCount=" + fetchFailureCount
        + ", consecutiveFailures=" + consecutiveFailures
        + lastFailureCause.map(cause -> ", lastFailureCause=" + cause).orElse("") + "]";
  }
}
