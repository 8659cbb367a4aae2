package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefetchGuardTest {

  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final List<Object> events = new ArrayList<>();
  private final RefetchGuard guard = new RefetchGuard(clock, Duration.ofSeconds(30), Duration.ofMinutes(5),
      new KeySourceListener() {
        @Override
        public void onUnknownKid(UnknownKid event) {
          events.add(event);
        }

        @Override
        public void onRefetchThrottled(RefetchThrottled event) {
          events.add(event);
        }
      });

  @Test
  void tryAcquireWhenCooldownRunsThenRefusedAndReportedUntilItEnds() {
    long now = clock.millis();

    assertTrue(guard.tryAcquire(now));
    assertFalse(guard.tryAcquire(now + 29_999));
    assertEquals(new KeySourceListener.RefetchThrottled(Duration.ofMillis(1)), events.get(0));
    assertTrue(guard.tryAcquire(now + 30_000));
  }

  @Test
  void tryAcquireWhenManyThreadsRaceThenExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Boolean>> attempts = new ArrayList<>();
    long now = clock.millis();
    for (int i = 0; i < 500; i++) {
      attempts.add(pool.submit(() -> guard.tryAcquire(now)));
    }
    int winners = 0;
    for (Future<Boolean> attempt : attempts) {
      winners += attempt.get() ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, winners);
  }

  @Test
  void isKnownUnknownWhenRememberedThenTrueUntilTheMemoryExpires() {
    guard.rememberUnknown("ghost");

    assertTrue(guard.isKnownUnknown("ghost"));
    assertFalse(guard.isKnownUnknown("other"));
    clock.advance(Duration.ofMinutes(5));
    assertFalse(guard.isKnownUnknown("ghost"));
    assertEquals(new KeySourceListener.UnknownKid("ghost", true), events.get(0));
    assertEquals(new KeySourceListener.UnknownKid("ghost", false), events.get(1));
  }

  @Test
  void rememberUnknownWhenFarMoreKidsThanCapacityThenMemoryStaysBounded() {
    for (int i = 0; i < RefetchGuard.UNKNOWN_KID_CAPACITY * 3; i++) {
      guard.rememberUnknown("kid-" + i);
    }
    int remembered = 0;
    for (int i = 0; i < RefetchGuard.UNKNOWN_KID_CAPACITY * 3; i++) {
      remembered += guard.isKnownUnknown("kid-" + i) ? 1 : 0;
    }
    assertTrue(remembered <= RefetchGuard.UNKNOWN_KID_CAPACITY, "remembered " + remembered);
  }
}
