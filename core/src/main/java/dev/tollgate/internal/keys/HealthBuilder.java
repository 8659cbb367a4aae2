package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects a {@link KeySourceHealth} from the parts of a key source that know each field (the key set, the
 * fetch history). Internal, so that the public snapshot has no builder. Not thread-safe.
 */
final class HealthBuilder {
  private final KeySourceState state;
  private @Nullable Duration keySetAge;
  private @Nullable Instant freshUntil;
  private @Nullable Instant staleUntil;
  private @Nullable Instant lastSuccess;
  private @Nullable Instant lastFailure;
  private @Nullable KeyFetchFailure lastFailureCause;
  private Set<String> keyIds = Set.of();
  private long fetchCount;
  private long fetchFailureCount;
  private int consecutiveFailures;

  HealthBuilder(KeySourceState state) {
    this.state = Objects.requireNonNull(state, "state");
  }

  HealthBuilder keySetAge(Duration age) {
    this.keySetAge = age;
    return this;
  }

  HealthBuilder freshUntil(Instant freshUntil) {
    this.freshUntil = freshUntil;
    return this;
  }

  HealthBuilder staleUntil(Instant staleUntil) {
    this.staleUntil = staleUntil;
    return this;
  }

  HealthBuilder lastSuccess(Instant at) {
    this.lastSuccess = at;
    return this;
  }

  HealthBuilder lastFailure(Instant at, @Nullable KeyFetchFailure cause) {
    this.lastFailure = at;
    this.lastFailureCause = cause;
    return this;
  }

  HealthBuilder keyIds(Set<String> keyIds) {
    this.keyIds = Objects.requireNonNull(keyIds, "keyIds");
    return this;
  }

  HealthBuilder counts(long fetches, long failures, int consecutive) {
    this.fetchCount = fetches;
    this.fetchFailureCount = failures;
    this.consecutiveFailures = consecutive;
    return this;
  }

  KeySourceHealth build() {
    return new KeySourceHealth(state, Optional.ofNullable(keySetAge), Optional.ofNullable(freshUntil),
        Optional.ofNullable(staleUntil), Optional.ofNullable(lastSuccess), Optional.ofNullable(lastFailure),
        Optional.ofNullable(lastFailureCause), keyIds, fetchCount, fetchFailureCount, consecutiveFailures);
  }
}
