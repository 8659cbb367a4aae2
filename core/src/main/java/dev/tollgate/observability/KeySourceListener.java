package dev.tollgate.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Receives events from a verifier's key source, for metrics, logs and alerts. Every method has an empty
 * default, so implement only what you need. Tollgate has no metrics dependency; bind these events to
 * Micrometer, OpenTelemetry or logs yourself.
 *
 * <p>Methods are called synchronously on the thread that caused the event (a request thread, the refresh
 * thread or an HTTP client thread), so keep them fast and non-blocking. An exception thrown by a listener is
 * logged (the first time only) and otherwise ignored; it never changes a verification result.
 *
 * <p>Key ids in events come from tokens and may be chosen by an attacker ({@link UnknownKid}): do not use them
 * as unbounded metric labels.
 */
public interface KeySourceListener {

  /** A listener that ignores every event. */
  KeySourceListener NONE = new KeySourceListener() {};

  /**
   * A key set was fetched and installed.
   *
   * @param event what was fetched
   */
  default void onKeysFetched(KeysFetched event) {}

  /**
   * Fetching or loading a key set failed; the previous key set, if any, stays in use.
   *
   * @param event what failed
   */
  default void onKeysFetchFailed(KeysFetchFailed event) {}

  /**
   * A token named a key id that is not in the key set; the token was rejected with {@code jwk-kid-mismatch}.
   *
   * @param event which kid
   */
  default void onUnknownKid(UnknownKid event) {}

  /**
   * An on-demand refetch (for an unknown kid or a key that may have changed) was refused because the
   * cooldown since the last one has not passed.
   *
   * @param event when the next refetch is allowed
   */
  default void onRefetchThrottled(RefetchThrottled event) {}

  /**
   * A verification used a key set past its time to live because refreshing keeps failing. Called for each
   * such verification.
   *
   * @param event how stale the keys are
   */
  default void onStaleKeysServed(StaleKeysServed event) {}

  /**
   * A fetch installed a key set whose key ids differ from the previous one (rotation), or the first key set.
   *
   * @param event the ids added and removed
   */
  default void onKeySetChanged(KeySetChanged event) {}

  /** What caused a fetch. */
  enum FetchTrigger {
    /** The first verification found no key set. */
    FIRST_USE,
    /** {@code warmUp()} was called. */
    WARM_UP,
    /** The background refresh ahead of the time to live. */
    SCHEDULED_REFRESH,
    /** A background retry after a failed fetch. */
    RETRY,
    /** A token named a kid that is not in the key set. */
    UNKNOWN_KID,
    /** A signature failed with a known kid; the key behind that kid may have changed. */
    KEY_CHANGED
  }

  /**
   * A successful fetch.
   *
   * @param trigger what caused the fetch
   * @param keyIds the usable key ids now installed
   * @param latency how long the fetch took
   * @param timeToLive how long the set stays fresh (from {@code Cache-Control: max-age} or the default)
   */
  record KeysFetched(FetchTrigger trigger, Set<String> keyIds, Duration latency, Duration timeToLive) {
    /** Checks and copies the components. */
    public KeysFetched {
      Objects.requireNonNull(trigger, "trigger");
      keyIds = Set.copyOf(keyIds);
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(timeToLive, "timeToLive");
    }
  }

  /**
   * A failed fetch.
   *
   * @param trigger what caused the fetch
   * @param failure why it failed
   * @param latency how long the attempt took
   * @param consecutiveFailures failed fetches in a row, this one included
   * @param nextAttemptIn when the background retry is scheduled, if one is
   */
  record KeysFetchFailed(FetchTrigger trigger, KeyFetchFailure failure, Duration latency,
      int consecutiveFailures, Optional<Duration> nextAttemptIn) {
    /** Checks the components. */
    public KeysFetchFailed {
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(nextAttemptIn, "nextAttemptIn");
    }
  }

  /**
   * An unknown kid.
   *
   * @param kid the key id the token named (attacker-controlled; do not use as a metric label)
   * @param refetched whether this token caused a refetch that still did not find the kid
   */
  record UnknownKid(String kid, boolean refetched) {
    /** Checks the components. */
    public UnknownKid {
      Objects.requireNonNull(kid, "kid");
    }
  }

  /**
   * A refused on-demand refetch.
   *
   * @param retryIn when the cooldown ends
   */
  record RefetchThrottled(Duration retryIn) {
    /** Checks the components. */
    public RefetchThrottled {
      Objects.requireNonNull(retryIn, "retryIn");
    }
  }

  /**
   * A verification served from stale keys.
   *
   * @param staleFor how long ago the key set's time to live ended
   * @param remaining how much longer stale keys may be served before verification becomes unavailable
   */
  record StaleKeysServed(Duration staleFor, Duration remaining) {
    /** Checks the components. */
    public StaleKeysServed {
      Objects.requireNonNull(staleFor, "staleFor");
      Objects.requireNonNull(remaining, "remaining");
    }
  }

  /**
   * A change of key ids.
   *
   * @param added ids in the new set that were not in the previous one
   * @param removed ids of the previous set that are gone
   */
  record KeySetChanged(Set<String> added, Set<String> removed) {
    /** Checks and copies the components. */
    public KeySetChanged {
      added = Set.copyOf(added);
      removed = Set.copyOf(removed);
    }
  }
}
