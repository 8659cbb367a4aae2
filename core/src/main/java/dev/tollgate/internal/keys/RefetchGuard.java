package dev.tollgate.internal.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tollgate.observability.KeySourceListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits on-demand refetches (for an unknown kid or a key that may have changed): at most one per cooldown,
 * shared by every caller, and a bounded memory of kids a fresh key set was seen to lack, so a flood of random
 * or repeated kids costs at most one fetch per cooldown and every other token is answered at once. The memory
 * is consulted only after the current key set, so a kid that appears upstream is never blocked by it once any
 * refetch loads it. Thread-safe.
 */
final class RefetchGuard {

  /** Most unknown kids remembered: {@value}. */
  static final int UNKNOWN_KID_CAPACITY = 10_000;

  private final long cooldownMillis;
  private final KeySourceListener listener;
  private final AtomicLong allowedAt = new AtomicLong(Long.MIN_VALUE);
  private final Cache<String, Boolean> unknownKids;

  RefetchGuard(Clock clock, Duration cooldown, Duration memory, KeySourceListener listener) {
    this.cooldownMillis = cooldown.toMillis();
    this.listener = listener;
    this.unknownKids = Caffeine.newBuilder()
        .maximumSize(UNKNOWN_KID_CAPACITY)
        .expireAfterWrite(memory)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .executor(Runnable::run)
        .build();
  }

  /** @return {@code true} if a fresh key set lacked this kid recently (the token is rejected at once) */
  boolean isKnownUnknown(String kid) {
    if (unknownKids.getIfPresent(kid) == null) {
      return false;
    }
    listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, false));
    return true;
  }

  /** Claims the next on-demand refetch if the cooldown allows one now; reports throttling otherwise. */
  boolean tryAcquire(long now) {
    while (true) {
      long next = allowedAt.get();
      if (now < next) {
        listener.onRefetchThrottled(new KeySourceListener.RefetchThrottled(Duration.ofMillis(next - now)));
        return false;
      }
      if (allowedAt.compareAndSet(next, now + cooldownMillis)) {
        return true;
      }
    }
  }

  /** Records that a freshly fetched key set lacks {@code kid}. */
  void rememberUnknown(String kid) {
    unknownKids.put(kid, Boolean.TRUE);
    listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, true));
  }

  /** Reports an unknown kid that was not confirmed absent (throttled, or the refetch failed). */
  void reportUnconfirmed(String kid) {
    listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, false));
  }
}
