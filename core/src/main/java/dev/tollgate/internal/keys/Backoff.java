package dev.tollgate.internal.keys;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter for background retries: the n-th consecutive failure waits a random time in
 * [d/2, d] where d = min(base * 2^(n-1), max), so many instances that lost the endpoint together do not retry
 * in lockstep.
 */
final class Backoff {

  private final long baseMillis;
  private final long maxMillis;

  Backoff(Duration base, Duration max) {
    this.baseMillis = Math.max(1, base.toMillis());
    this.maxMillis = Math.max(baseMillis, max.toMillis());
  }

  long delayMillis(int consecutiveFailures) {
    int exponent = Math.min(Math.max(consecutiveFailures, 1) - 1, 30);
    long ceiling = Math.min(maxMillis, baseMillis << exponent);
    long floor = ceiling / 2;
    return floor + ThreadLocalRandom.current().nextLong(ceiling - floor + 1);
  }

  long maxMillis() {
    return maxMillis;
  }
}
