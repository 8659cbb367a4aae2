package dev.tollgate.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a verifier's signing keys, for readiness probes and dashboards: the {@linkplain #state()
 * state}, how old the key set is, the last success and failure, the key ids, and fetch counts.
 *
 * <p>A networkless verifier (one PEM key) is always {@link KeySourceState#HEALTHY} and never fetches.
 * Immutable and thread-safe.
 */
public final class KeySourceHealth {

  private final KeySourceState state;
  private final @Nullable Duration keySetAge;
  private final @Nullable Instant freshUntil;
  private final @Nullable Instant staleUntil;
  private final @Nullable Instant lastSuccess;
  private final @Nullable Instant lastFailure;
  private final @Nullable KeyFetchFailure lastFailureCause;
  private final Set<String> keyIds;
  private final long fetchCount;
  private final long fetchFailureCount;
  private final int consecutiveFailures;

  private KeySourceHealth(Builder builder) {
    this.state = Objects.requireNonNull(builder.state, "state");
    this.keySetAge = builder.keySetAge;
    this.freshUntil = builder.freshUntil;
    this.staleUntil = builder.staleUntil;
    this.lastSuccess = builder.lastSuccess;
    this.lastFailure = builder.lastFailure;
    this.lastFailureCause = builder.lastFailureCause;
    this.keyIds = Set.copyOf(builder.keyIds);
    this.fetchCount = builder.fetchCount;
    this.fetchFailureCount = builder.fetchFailureCount;
    this.consecutiveFailures = builder.consecutiveFailures;
  }

  /**
   * Starts a snapshot; used by key sources.
   *
   * @param state the state
   * @return a builder; not thread-safe
   */
  public static Builder builder(KeySourceState state) {
    return new Builder(state);
  }

  /** @return whether verification can use keys now, and whether they are fresh */
  public KeySourceState state() {
    return state;
  }

  /** @return time since the current key set was fetched; empty when none is loaded or it is a fixed key */
  public Optional<Duration> keySetAge() {
    return Optional.ofNullable(keySetAge);
  }

  /** @return when the current key set's time to live ends */
  public Optional<Instant> freshUntil() {
    return Optional.ofNullable(freshUntil);
  }

  /** @return when the current key set stops being served even as stale keys */
  public Optional<Instant> staleUntil() {
    return Optional.ofNullable(staleUntil);
  }

  /** @return when the last fetch succeeded */
  public Optional<Instant> lastSuccess() {
    return Optional.ofNullable(lastSuccess);
  }

  /** @return when the last fetch failed */
  public Optional<Instant> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /** @return why the last fetch failed */
  public Optional<KeyFetchFailure> lastFailureCause() {
    return Optional.ofNullable(lastFailureCause);
  }

  /** @return the usable key ids of the current key set; unmodifiable */
  public Set<String> keyIds() {
    return keyIds;
  }

  /** @return how many fetches were started since the verifier was built */
  public long fetchCount() {
    return fetchCount;
  }

  /** @return how many of them failed */
  public long fetchFailureCount() {
    return fetchFailureCount;
  }

  /** @return failed fetches in a row since the last success */
  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  @Override
  public String toString() {
    return "KeySourceHealth[state=" + state + ", keySetAge=" + keySetAge + ", keyIds=" + keyIds
        + ", fetchCount=" + fetchCount + ", fetchFailureCount=" + fetchFailureCount
        + ", consecutiveFailures=" + consecutiveFailures
        + (lastFailureCause == null ? "" : ", lastFailureCause=" + lastFailureCause) + "]";
  }

  /** Builds a {@link KeySourceHealth}. Not thread-safe. */
  public static final class Builder {
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

    private Builder(KeySourceState state) {
      this.state = Objects.requireNonNull(state, "state");
    }

    /** @param age time since the key set was fetched; @return this builder */
    public Builder keySetAge(@Nullable Duration age) {
      this.keySetAge = age;
      return this;
    }

    /** @param freshUntil end of the time to live; @return this builder */
    public Builder freshUntil(@Nullable Instant freshUntil) {
      this.freshUntil = freshUntil;
      return this;
    }

    /** @param staleUntil end of the stale bound; @return this builder */
    public Builder staleUntil(@Nullable Instant staleUntil) {
      this.staleUntil = staleUntil;
      return this;
    }

    /** @param at last success; @return this builder */
    public Builder lastSuccess(@Nullable Instant at) {
      this.lastSuccess = at;
      return this;
    }

    /**
     * @param at last failure
     * @param cause its cause
     * @return this builder
     */
    public Builder lastFailure(@Nullable Instant at, @Nullable KeyFetchFailure cause) {
      this.lastFailure = at;
      this.lastFailureCause = cause;
      return this;
    }

    /** @param keyIds usable key ids; @return this builder */
    public Builder keyIds(Set<String> keyIds) {
      this.keyIds = Objects.requireNonNull(keyIds, "keyIds");
      return this;
    }

    /**
     * @param fetches fetches started
     * @param failures fetches failed
     * @param consecutive failures in a row
     * @return this builder
     */
    public Builder counts(long fetches, long failures, int consecutive) {
      this.fetchCount = fetches;
      this.fetchFailureCount = failures;
      this.consecutiveFailures = consecutive;
      return this;
    }

    /** @return the snapshot */
    public KeySourceHealth build() {
      return new KeySourceHealth(this);
    }
  }
}
