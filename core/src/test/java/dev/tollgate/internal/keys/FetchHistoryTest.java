package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FetchHistoryTest {

  private final FetchHistory history = new FetchHistory();
  private final KeyFetchFailure down = new KeyFetchFailure(KeyFetchFailure.Kind.HTTP_ERROR, "answered 503", 503);

  @Test
  void failedWhenRepeatedThenCountsAndBackoffDeadlineUntilASuccessResetsThem() {
    history.started();
    assertEquals(1, history.failed(1_000, down, 2_000));
    history.started();
    assertEquals(2, history.failed(3_000, down, 4_000));

    assertTrue(history.inBackoff(6_999));
    assertFalse(history.inBackoff(7_000));
    assertEquals(3, history.consecutiveFailuresAfterNext());
    HealthBuilder health = new HealthBuilder(KeySourceState.UNAVAILABLE);
    history.describe(health);
    KeySourceHealth snapshot = health.build();
    assertEquals(2, snapshot.fetchCount());
    assertEquals(2, snapshot.fetchFailureCount());
    assertEquals(2, snapshot.consecutiveFailures());
    assertEquals(Instant.ofEpochMilli(3_000), snapshot.lastFailure().orElseThrow());

    history.succeeded(8_000);
    assertFalse(history.inBackoff(8_000));
    assertEquals(1, history.consecutiveFailuresAfterNext());
  }

  @Test
  void unavailableWhenCausedByAFetchFailureThenNamesItWithRetryHintInWholeSeconds() {
    history.failed(1_000, down, 2_500);

    KeysUnavailable unavailable = history.unavailable(
        new CompletionException(new KeySetException(down)), 1_000);

    assertEquals("Signing keys are unavailable: answered 503", unavailable.getMessage());
    assertEquals(Duration.ofSeconds(3), unavailable.retryAfter());
  }

  @Test
  void unavailableWhenNothingFailedYetThenGenericWithOneSecondHint() {
    KeysUnavailable unavailable = history.unavailable(null, 0);

    assertEquals("Signing keys are unavailable: no key set could be loaded", unavailable.getMessage());
    assertEquals(Duration.ofSeconds(1), unavailable.retryAfter());
  }

  @Test
  void expiredWhenPastTheStaleBoundThenSaysHowFarAndWhy() {
    history.failed(1_000, down, 60_000);
    KeySet set = new KeySet(Map.of(), Map.of(), 0, 300_000);

    KeysUnavailable expired = history.expired(set, 300_000 + 3_600_000);

    assertTrue(expired.getMessage().contains("3600 s past its time to live"), expired.getMessage());
    assertTrue(expired.getMessage().contains("answered 503"));
  }

  @Test
  void asKeySetExceptionWhenArbitraryErrorThenConnectionFailedNamingOnlyItsType() {
    KeySetException wrapped = FetchHistory.asKeySetException(new CompletionException(new IOException("secret")));

    assertEquals(KeyFetchFailure.Kind.CONNECTION_FAILED, wrapped.failure().kind());
    assertEquals("key request failed: IOException", wrapped.failure().message());
  }
}
