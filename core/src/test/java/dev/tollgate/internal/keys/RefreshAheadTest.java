package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RefreshAheadTest {

  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<FetchTrigger> fetches = new ArrayList<>();
  private final RefreshAhead refresh = new RefreshAhead(scheduler, trigger -> {
    fetches.add(trigger);
    return CompletableFuture.completedFuture(set());
  }, Duration.ofSeconds(3));

  private static KeySet set() {
    return new KeySet(Map.of(), Map.of(), 0, 300_000);
  }

  @Test
  void loadedWhenASetArrivesThenOneRefreshAtEightyPercentOfItsTimeToLive() {
    refresh.loaded(set());

    assertEquals(1, scheduler.pending());
    assertEquals(clock.millis() + 240_000, scheduler.nextDueAt(), "80% of a 5-minute time to live");
    clock.advance(Duration.ofMillis(239_999));
    scheduler.runDue();
    assertEquals(List.of(), fetches, "not before it is due");
    clock.advance(Duration.ofMillis(1));
    scheduler.runDue();
    assertEquals(List.of(FetchTrigger.SCHEDULED_REFRESH), fetches);
  }

  @Test
  void failedWhenARefreshIsPendingThenTheRetryReplacesIt() {
    refresh.loaded(set());
    refresh.failed(1_500);

    assertEquals(1, scheduler.pending(), "one background fetch pending at a time");
    assertEquals(clock.millis() + 1_500, scheduler.nextDueAt());
    clock.advance(Duration.ofMinutes(10));
    scheduler.runDue();
    assertEquals(List.of(FetchTrigger.RETRY), fetches);
  }

  @Test
  void closeWhenAFetchIsPendingThenCancelledTheSchedulerClosedAndLaterSchedulesIgnored() {
    refresh.failed(1_000);

    refresh.close();
    refresh.loaded(set());

    assertEquals(0, scheduler.pending());
    assertTrue(scheduler.isClosed(), "the scheduler's thread is stopped");
    clock.advance(Duration.ofHours(1));
    scheduler.runDue();
    assertEquals(List.of(), fetches);
  }
}
