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

class StatusTest {

  @Test
  void knownValuesWhenListedThenTheSchemaEnumInOrder() {
    List<String> values = Status.knownValues().stream().map(Status::value).toList();

    assertEquals(List.of("active", "revoked", "ended", "expired", "removed", "abandoned", "replaced", "pending"),
        values);
  }

  @Test
  void ofWhenValueIsKnownThenTheConstantItself() {
    for (Status known : Status.knownValues()) {
      assertSame(known, Status.of(new String(known.value().toCharArray())));
      assertTrue(known.isKnown());
    }
  }

  @Test
  void ofWhenValueIsUnknownThenRawValueKeptAndNotKnown() {
    Status suspended = Status.of("suspended");

    assertEquals("suspended", suspended.value());
    assertEquals("suspended", suspended.toString());
    assertFalse(suspended.isKnown());
    assertEquals(Status.of("suspended"), suspended);
    assertEquals(Status.of("suspended").hashCode(), suspended.hashCode());
    assertNotEquals(Status.ACTIVE, suspended);
  }

  @Test
  void ofWhenCaseDiffersThenUnknownNotFolded() {
    Status upper = Status.of("ACTIVE");

    assertFalse(upper.isKnown());
    assertNotEquals(Status.ACTIVE, upper);
  }

  @ParameterizedTest(name = "{0} -> valid {1}")
  @CsvSource({
      "active, true", "pending, true", "revoked, false", "ended, false", "expired, false", "removed, false",
      "abandoned, false", "replaced, false", "suspended, false", "'', false",
  })
  void isValidWhenStatusThenOnlyActiveAndPending(String value, boolean valid) {
    assertEquals(valid, Status.of(value).isValid());
  }

  @Test
  void ofWhenNullThenNullPointerException() {
    assertThrows(NullPointerException.class, () -> Status.of(null));
  }
}
