package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tollgate.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineExpiryTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  private Cache<String, Long> cacheOfDeadlines() {
    return Caffeine.newBuilder()
        .ticker(DeadlineExpiry.ticker(clock))
        .executor(Runnable::run)
        .expireAfter(new DeadlineExpiry<String, Long>(clock, deadline -> deadline))
        .build();
  }

  @Test
  void getWhenBeforeTheEntrysDeadlineThenPresentAndAtItThenGone() {
    Cache<String, Long> cache = cacheOfDeadlines();
    cache.put("a", clock.millis() + 1_000);

    clock.advance(Duration.ofMillis(999));
    assertEquals(clock.millis() + 1, cache.getIfPresent("a"), "one millisecond before the deadline");
    clock.advance(Duration.ofMillis(1));
    assertNull(cache.getIfPresent("a"), "at the deadline the entry must be gone");
  }

  @Test
  void getWhenDeadlinePassedAtCreationThenGoneAtOnce() {
    Cache<String, Long> cache = cacheOfDeadlines();
    cache.put("a", clock.millis() - 1);

    assertNull(cache.getIfPresent("a"), "an entry whose deadline already passed must not be served");
  }

  @Test
  void getWhenDeadlineIsNeverThenKeptHoweverLong() {
    Cache<String, Long> cache = cacheOfDeadlines();
    cache.put("a", DeadlineExpiry.NEVER);

    clock.advance(Duration.ofDays(365 * 100));
    assertEquals(DeadlineExpiry.NEVER, cache.getIfPresent("a"), "NEVER must not expire");
  }

  @Test
  void putWhenReplacedThenTheNewValuesDeadlineCounts() {
    Cache<String, Long> cache = cacheOfDeadlines();
    cache.put("a", clock.millis() + 1_000);
    cache.put("a", clock.millis() + 5_000);

    clock.advance(Duration.ofSeconds(2));
    assertEquals(clock.millis() + 3_000, cache.getIfPresent("a"), "the replacement's deadline applies");
  }

  @Test
  void readWhenEntryReadThenItsDeadlineIsNotExtended() {
    Cache<String, Long> cache = cacheOfDeadlines();
    cache.put("a", clock.millis() + 1_000);

    clock.advance(Duration.ofMillis(500));
    assertNotNull(cache.getIfPresent("a"), "present before its deadline");
    clock.advance(Duration.ofMillis(500));
    assertNull(cache.getIfPresent("a"), "a read must not extend the deadline");
  }

  @Test
  void tickerWhenClockAdvancesThenNanosecondsFollowIt() {
    long before = DeadlineExpiry.ticker(clock).read();
    clock.advance(Duration.ofMillis(3));

    assertEquals(TimeUnit.MILLISECONDS.toNanos(3), DeadlineExpiry.ticker(clock).read() - before);
  }
}
