package dev.tollgate.internal;

import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * A Caffeine expiry that removes each entry at a deadline of its own, an epoch-millisecond instant its value
 * names (a token's {@code exp}, for example), read on the injected clock. Creating or replacing an entry sets
 * its deadline; reading it does not move it. Use with {@link #ticker(Clock)} on the same clock, so that the cache
 * and the deadlines agree on the time. Thread-safe if the deadline function is.
 *
 * @param <K> the cache's key type
 * @param <V> the cache's value type
 */
public final class DeadlineExpiry<K, V> implements Expiry<K, V> {

  /** The deadline of an entry that never expires by time (size eviction still applies). */
  public static final long NEVER = Long.MAX_VALUE;

  private final Clock clock;
  private final ToLongFunction<V> deadlineMillis;

  /**
   * @param clock the clock deadlines are compared with
   * @param deadlineMillis an entry's deadline in epoch milliseconds, or {@link #NEVER}; a deadline already past
   *     removes the entry at once
   */
  public DeadlineExpiry(Clock clock, ToLongFunction<V> deadlineMillis) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadlineMillis = Objects.requireNonNull(deadlineMillis, "deadlineMillis");
  }

  /**
   * Caffeine's time source on {@code clock}, so that tests move a cache's time with the clock.
   *
   * @param clock the clock
   * @return a ticker reading the clock in nanoseconds, at millisecond precision
   */
  public static Ticker ticker(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
  }

  @Override
  public long expireAfterCreate(K key, V value, long currentTime) {
    long deadline = deadlineMillis.applyAsLong(value);
    if (deadline == NEVER) {
      return Long.MAX_VALUE;
    }
    long now = clock.millis();
    // Compared before subtracting, so a deadline far in the past cannot overflow into a long life.
    return deadline <= now ? 0 : TimeUnit.MILLISECONDS.toNanos(deadline - now);
  }

  @Override
  public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
    return expireAfterCreate(key, value, currentTime);
  }

  @Override
  public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
    return currentDuration;
  }
}
