package dev.tollgate.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySourceHealthTest {

  @Test
  void builderWhenFilledThenSnapshotIsImmutableAndComplete() {
    Set<String> kids = new HashSet<>(Set.of("k1"));
    KeyFetchFailure failure = new KeyFetchFailure(KeyFetchFailure.Kind.HTTP_ERROR, "answered 503", 503);
    KeySourceHealth health = KeySourceHealth.builder(KeySourceState.DEGRADED)
        .keySetAge(Duration.ofMinutes(6)).freshUntil(Instant.EPOCH).staleUntil(Instant.EPOCH.plusSeconds(3600))
        .lastSuccess(Instant.EPOCH).lastFailure(Instant.EPOCH.plusSeconds(1), failure).keyIds(kids).counts(9, 3, 2)
        .build();
    kids.add("k2");

    assertEquals(Set.of("k1"), health.keyIds());
    assertEquals(KeySourceState.DEGRADED, health.state());
    assertEquals(503, health.lastFailureCause().orElseThrow().httpStatus().getAsInt());
    assertEquals(9, health.fetchCount());
    assertEquals(3, health.fetchFailureCount());
    assertEquals(2, health.consecutiveFailures());
    assertTrue(health.toString().contains("DEGRADED") && health.toString().contains("answered 503"));
  }

  @Test
  void builderWhenEmptyThenOptionalsAreEmpty() {
    KeySourceHealth health = KeySourceHealth.builder(KeySourceState.UNAVAILABLE).build();

    assertTrue(health.keySetAge().isEmpty() && health.lastSuccess().isEmpty() && health.lastFailureCause().isEmpty());
    assertTrue(new KeyFetchFailure(KeyFetchFailure.Kind.TIMEOUT, "slow", 0).httpStatus().isEmpty());
  }
}
