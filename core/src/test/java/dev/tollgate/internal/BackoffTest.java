package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final long[] CEILINGS = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000};

  private static Backoff backoff(double jitter) {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> jitter);
  }

  @Test
  void delayWhenJitterIsOneThenExactlyTheDoublingCeilingCappedAtTheMax() {
    Backoff full = backoff(1);
    for (int failures = 1; failures <= CEILINGS.length; failures++) {
      assertEquals(CEILINGS[failures - 1], full.delayMillis(failures), failures + " failures");
      assertEquals(CEILINGS[failures - 1], full.ceilingMillis(failures), failures + " failures");
    }
  }

  @Test
  void delayWhenJitterIsZeroOrHalfThenHalfOrThreeQuartersOfTheCeiling() {
    for (int failures = 1; failures <= CEILINGS.length; failures++) {
      assertEquals(CEILINGS[failures - 1] / 2, backoff(0).delayMillis(failures), failures + " failures");
      assertEquals(CEILINGS[failures - 1] * 3 / 4, backoff(0.5).delayMillis(failures), failures + " failures");
    }
  }

  @Test
  void delayWhenJitterIsOutsideZeroToOneThenClamped() {
    assertEquals(4_000, backoff(7).delayMillis(3));
    assertEquals(2_000, backoff(-1).delayMillis(3));
  }

  @Test
  void delayWhenFailuresAreHugeOrBelowOneThenCappedWithoutOverflowOrTheBase() {
    assertEquals(60_000, backoff(1).delayMillis(Integer.MAX_VALUE));
    assertEquals(60_000, backoff(1).delayMillis(64));
    assertEquals(1_000, backoff(1).delayMillis(0));
    Backoff large = new Backoff(Duration.ofDays(100), Duration.ofDays(1_000), () -> 1);
    assertEquals(Duration.ofDays(1_000).toMillis(), large.delayMillis(40), "a large base never overflows");
  }

  @Test
  void delayWhenRandomJitterThenWithinHalfToFullCeilingAndSpread() {
    Backoff random = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    Set<Long> delays = new HashSet<>();
    for (int sample = 0; sample < 2_000; sample++) {
      long delay = random.delayMillis(6);
      assertTrue(delay >= 16_000 && delay <= 32_000, "6 failures: " + delay);
      delays.add(delay);
    }
    assertTrue(delays.size() > 10, "jitter spreads instances apart: " + delays.size() + " distinct delays");
  }
}
