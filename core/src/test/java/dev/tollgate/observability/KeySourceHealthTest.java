package dev.tollgate.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySourceHealthTest {

  @Test
  void constructorWhenFilledThenSnapshotIsImmutableAndComplete() {
    Set<String> kids = new HashSet<>(Set.of("k1"));
    KeyFetchFailure failure = new KeyFetchFailure(KeyFetchFailure.Kind.HTTP_ERROR, "answered 503", 503);
    KeySourceHealth health = new KeySourceHealth(KeySourceState.DEGRADED, Optional.of(Duration.ofMinutes(6)),
        Optional.of(Instant.EPOCH), Optional.of(Instant.EPOCH.plusSeconds(3600)), Optional.of(Instant.EPOCH),
        Optional.of(Instant.EPOCH.plusSeconds(1)), Optional.of(failure), kids, 9, 3, 2);
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
  void constructorWhenEmptyThenOptionalsAreEmpty() {
    KeySourceHealth health = new KeySourceHealth(KeySourceState.UNAVAILABLE, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 0, 0, 0);

    assertTrue(health.keySetAge().isEmpty() && health.lastSuccess().isEmpty() && health.lastFailureCause().isEmpty());
    assertTrue(new KeyFetchFailure(KeyFetchFailure.Kind.TIMEOUT, "slow", 0).httpStatus().isEmpty());
  }

  @Test
  void constructorWhenInconsistentThenIllegalArgumentNamingWhat() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new KeySourceHealth(KeySourceState.HEALTHY, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), -1, 0, 0));
    KeyFetchFailure failure = new KeyFetchFailure(KeyFetchFailure.Kind.TIMEOUT, "slow", 0);
    IllegalArgumentException causeWithoutTime = assertThrows(IllegalArgumentException.class,
        () -> new KeySourceHealth(KeySourceState.HEALTHY, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(failure), Set.of(), 1, 1, 1));
    IllegalArgumentException negativeAge = assertThrows(IllegalArgumentException.class,
        () -> new KeySourceHealth(KeySourceState.HEALTHY, Optional.of(Duration.ofSeconds(-1)), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 0, 0, 0));

    assertEquals("fetch counts must not be negative", negative.getMessage());
    assertEquals("lastFailureCause needs lastFailure", causeWithoutTime.getMessage());
    assertEquals("keySetAge must not be negative", negativeAge.getMessage());
  }
}
