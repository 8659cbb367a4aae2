package dev.tollgate.internal.keys;

import dev.tollgate.internal.Futures;
import dev.tollgate.observability.KeyFetchFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a remote key source's fetches: counts, the last success and failure, consecutive failures,
 * and when the backoff allows the next attempt; and the "unavailable" answers built from that record, whose
 * messages name the failure but never a secret or a response body. Thread-safe.
 */
final class FetchHistory {

  private final AtomicLong fetches = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  // Guarded by "this".
  private int consecutiveFailures;
  private long nextAttemptAt = Long.MIN_VALUE;
  private long lastSuccessAt = Long.MIN_VALUE;
  private long lastFailureAt = Long.MIN_VALUE;
  private @Nullable KeyFetchFailure lastFailure;

  void started() {
    fetches.incrementAndGet();
  }

  /** @return the number of consecutive failures this success ends */
  synchronized int succeeded(long now) {
    int ended = consecutiveFailures;
    consecutiveFailures = 0;
    nextAttemptAt = Long.MIN_VALUE;
    lastSuccessAt = now;
    return ended;
  }

  /** @return the number of consecutive failures, this one included */
  int failed(long now, KeyFetchFailure failure, long retryDelayMillis) {
    failures.incrementAndGet();
    synchronized (this) {
      lastFailure = failure;
      lastFailureAt = now;
      nextAttemptAt = now + retryDelayMillis;
      return ++consecutiveFailures;
    }
  }

  /** @return the consecutive-failure count the next failure will have, for choosing its backoff */
  synchronized int consecutiveFailuresAfterNext() {
    return consecutiveFailures + 1;
  }

  /** @return whether a failed fetch's backoff still forbids a request from fetching */
  synchronized boolean inBackoff(long now) {
    return now < nextAttemptAt;
  }

  synchronized void describe(HealthBuilder health) {
    health.counts(fetches.get(), failures.get(), consecutiveFailures);
    if (lastSuccessAt != Long.MIN_VALUE) {
      health.lastSuccess(Instant.ofEpochMilli(lastSuccessAt));
    }
    if (lastFailureAt != Long.MIN_VALUE) {
      health.lastFailure(Instant.ofEpochMilli(lastFailureAt), lastFailure);
    }
  }

  /** No key set was ever loaded: answers with the failure that caused it, or the last one. */
  KeysUnavailable unavailable(@Nullable Throwable error, long now) {
    Throwable cause = unwrap(error);
    if (cause instanceof KeysUnavailable unavailable) {
      return unavailable;
    }
    KeyFetchFailure failure;
    long retryAt;
    synchronized (this) {
      failure = cause instanceof KeySetException typed ? typed.failure() : lastFailure;
      retryAt = nextAttemptAt;
    }
    String what = failure == null ? "no key set could be loaded" : failure.message();
    return new KeysUnavailable("Signing keys are unavailable: " + what, retryAfter(retryAt, now), cause);
  }

  /** The last key set is past the stale bound. */
  KeysUnavailable expired(KeySet set, long now) {
    KeyFetchFailure failure;
    long retryAt;
    synchronized (this) {
      failure = lastFailure;
      retryAt = nextAttemptAt;
    }
    return new KeysUnavailable("Signing keys are unavailable: the last key set is "
        + Duration.ofMillis(now - set.freshUntilMillis()).toSeconds() + " s past its time to live"
        + (failure == null ? "" : " and refreshing fails (" + failure.message() + ")"),
        retryAfter(retryAt, now), null);
  }

  static KeysUnavailable closed() {
    return new KeysUnavailable("the verifier is closed", Duration.ofSeconds(1), null);
  }

  /** Any fetch failure as a typed key-set failure. */
  static KeySetException asKeySetException(@Nullable Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof KeySetException typed) {
      return typed;
    }
    return new KeySetException(KeyFetchFailure.Kind.CONNECTION_FAILED, "key request failed: "
        + (cause == null ? "unknown error" : cause.getClass().getSimpleName()));
  }

  private static @Nullable Throwable unwrap(@Nullable Throwable error) {
    return error == null ? null : Futures.unwrap(error);
  }

  /** Whole seconds until the next attempt, at least one: the HTTP {@code Retry-After} granularity. */
  private static Duration retryAfter(long retryAt, long now) {
    long millis = retryAt == Long.MIN_VALUE ? 0 : retryAt - now;
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }
}
