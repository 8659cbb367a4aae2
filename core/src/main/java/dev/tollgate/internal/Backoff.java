package dev.tollgate.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with equal jitter: the n-th consecutive failure waits a time in [d/2, d] where
 * d = min(base × 2^(n-1), max), so many clients that lost a peer together do not retry in lockstep. Where in
 * that range is the jitter's fraction: 0 waits d/2, 1 waits d. Production draws it at random
 * ({@link #randomJitter()}); tests inject a fixed one and assert exact delays. Immutable and thread-safe if the
 * jitter is.
 */
public final class Backoff {

  private static final DoubleSupplier RANDOM_JITTER = () -> ThreadLocalRandom.current().nextDouble();

  private final long baseMillis;
  private final long maxMillis;
  private final DoubleSupplier jitter;

  /** A backoff with {@link #randomJitter()}. */
  public Backoff(Duration base, Duration max) {
    this(base, max, RANDOM_JITTER);
  }

  /**
   * @param base the first ceiling; at least 1 ms is used
   * @param max the largest ceiling; at least {@code base} is used
   * @param jitter supplies the fraction of the way from d/2 to d, in [0, 1]; values outside are clamped
   */
  public Backoff(Duration base, Duration max, DoubleSupplier jitter) {
    this.baseMillis = Math.max(1, base.toMillis());
    this.maxMillis = Math.max(baseMillis, max.toMillis());
    this.jitter = Objects.requireNonNull(jitter, "jitter");
  }

  /** @return uniform random fractions in [0, 1), from the calling thread's generator */
  public static DoubleSupplier randomJitter() {
    return RANDOM_JITTER;
  }

  /**
   * @param consecutiveFailures the failures so far, this one included; below 1 counts as 1
   * @return the ceiling d for that failure, without jitter
   */
  public long ceilingMillis(int consecutiveFailures) {
    int exponent = Math.max(consecutiveFailures, 1) - 1;
    // Shifting past the leading zeros would overflow; by then the cap applies anyway.
    if (exponent >= Long.numberOfLeadingZeros(baseMillis) - 1) {
      return maxMillis;
    }
    return Math.min(maxMillis, baseMillis << exponent);
  }

  /**
   * @param consecutiveFailures the failures so far, this one included; below 1 counts as 1
   * @return the wait before the next attempt, in [d/2, d]
   */
  public long delayMillis(int consecutiveFailures) {
    return jittered(ceilingMillis(consecutiveFailures), jitter.getAsDouble());
  }

  /**
   * Equal jitter: the point {@code fraction} of the way from {@code ceiling / 2} to {@code ceiling}.
   *
   * @param fraction in [0, 1]; values outside are clamped
   */
  public static long jittered(long ceiling, double fraction) {
    long floor = ceiling / 2;
    return floor + Math.round(Math.min(1, Math.max(0, fraction)) * (ceiling - floor));
  }
}
