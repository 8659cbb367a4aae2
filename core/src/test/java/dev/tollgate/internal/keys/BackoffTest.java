package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

  @Test
  void delayWhenFailuresGrowThenWithinHalfToFullOfTheDoublingCeiling() {
    long[] ceilings = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000};
    for (int failures = 1; failures <= ceilings.length; failures++) {
      for (int sample = 0; sample < 200; sample++) {
        long delay = backoff.delayMillis(failures);
        long ceiling = ceilings[failures - 1];
        assertTrue(delay >= ceiling / 2 && delay <= ceiling, failures + " failures: " + delay);
      }
    }
  }

  @Test
  void delayWhenFailuresAreHugeThenCappedWithoutOverflow() {
    long delay = backoff.delayMillis(Integer.MAX_VALUE);
    assertTrue(delay >= 30_000 && delay <= 60_000, String.valueOf(delay));
    assertEquals(60_000, backoff.maxMillis());
  }

  @Test
  void delayWhenSampledRepeatedlyThenJittered() {
    Set<Long> delays = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      delays.add(backoff.delayMillis(6));
    }
    assertTrue(delays.size() > 10, "jitter spreads instances apart: " + delays.size() + " distinct delays");
  }
}
