package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackendSessionStatusTest {

  @Test
  void knownValuesWhenListedThenTheSchemaEnumInOrder() {
    List<String> values = BackendSessionStatus.knownValues().stream().map(BackendSessionStatus::value).toList();

    assertEquals(List.of("active", "revoked", "ended", "expired", "removed", "abandoned", "replaced", "pending"),
        values);
  }

  @Test
  void ofWhenValueIsKnownThenTheConstantItself() {
    for (BackendSessionStatus known : BackendSessionStatus.knownValues()) {
      assertSame(known, BackendSessionStatus.of(new String(known.value().toCharArray())));
      assertTrue(known.isKnown());
    }
  }

  @Test
  void ofWhenValueIsUnknownThenRawValueKeptAndNotKnown() {
    BackendSessionStatus suspended = BackendSessionStatus.of("suspended");

    assertEquals("suspended", suspended.value());
    assertEquals("suspended", suspended.toString());
    assertFalse(suspended.isKnown());
    assertEquals(BackendSessionStatus.of("suspended"), suspended);
    assertEquals(BackendSessionStatus.of("suspended").hashCode(), suspended.hashCode());
    assertNotEquals(BackendSessionStatus.ACTIVE, suspended);
  }

  @Test
  void ofWhenCaseDiffersThenUnknownNotFolded() {
    BackendSessionStatus upper = BackendSessionStatus.of("ACTIVE");

    assertFalse(upper.isKnown());
    assertNotEquals(BackendSessionStatus.ACTIVE, upper);
  }

  @ParameterizedTest(name = "{0} -> valid {1}")
  @CsvSource({
      "active, true", "pending, true", "revoked, false", "ended, false", "expired, false", "removed, false",
      "abandoned, false", "replaced, false", "suspended, false", "'', false",
  })
  void isValidWhenStatusThenOnlyActiveAndPending(String value, boolean valid) {
    assertEquals(valid, BackendSessionStatus.of(value).isValid());
  }

  @Test
  void ofWhenNullThenNullPointerException() {
    assertThrows(NullPointerException.class, () -> BackendSessionStatus.of(null));
  }
}
