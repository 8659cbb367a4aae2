package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tollgate.Reverification.Level;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReverificationTest {

  private static FactorVerificationAge age(long first, long second) {
    return new FactorVerificationAge(first, second);
  }

  @Test
  void presetWhenNamedThenClerksValuesCaseInsensitively() {
    assertEquals(Reverification.STRICT_MFA, Reverification.preset("STRICT_MFA").orElseThrow());
    assertEquals(Level.MULTI_FACTOR, Reverification.STRICT_MFA.level());
    assertEquals(60, Reverification.preset("moderate").orElseThrow().afterMinutes());
    assertEquals(1440, Reverification.LAX.afterMinutes());
    assertEquals(Optional.empty(), Reverification.preset("strictest"));
  }

  @Test
  void ofWhenAfterMinutesIsNotPositiveThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Reverification.of(Level.FIRST_FACTOR, 0));
    assertThrows(IllegalArgumentException.class, () -> Reverification.of(Level.FIRST_FACTOR, -5));
    assertEquals(Reverification.STRICT, Reverification.of(Level.SECOND_FACTOR, 10), "equal to the preset by value");
  }

  @Test
  void isSatisfiedByWhenSecondFactorLevelThenFallsBackToFirstOnlyWithoutASecondFactor() {
    Reverification strict = Reverification.STRICT;

    assertTrue(strict.isSatisfiedBy(age(15, 0)), "second factor fresh");
    assertFalse(strict.isSatisfiedBy(age(0, 15)), "second factor stale");
    assertTrue(strict.isSatisfiedBy(age(9, -1)), "no second factor: first decides");
    assertFalse(strict.isSatisfiedBy(age(10, -1)), "strictly younger than the threshold");
    assertFalse(strict.isSatisfiedBy(age(-1, -1)));
  }

  @Test
  void isSatisfiedByWhenMultiFactorLevelThenBothFreshUnlessNoSecondFactor() {
    Reverification mfa = Reverification.STRICT_MFA;

    assertTrue(mfa.isSatisfiedBy(age(5, 5)));
    assertFalse(mfa.isSatisfiedBy(age(15, 5)));
    assertFalse(mfa.isSatisfiedBy(age(5, 15)));
    assertTrue(mfa.isSatisfiedBy(age(5, -1)));
    assertFalse(mfa.isSatisfiedBy(age(-1, 5)));
  }

  @Test
  void isSatisfiedByWhenFirstFactorLevelThenOnlyTheFirstMatters() {
    Reverification first = Reverification.of(Level.FIRST_FACTOR, 10);

    assertTrue(first.isSatisfiedBy(age(5, 50)));
    assertFalse(first.isSatisfiedBy(age(-1, 0)));
  }

  @Test
  void levelWhenLookedUpByClerkNameThenFoundOrEmpty() {
    assertEquals(Level.SECOND_FACTOR, Level.fromClerkName("second_factor").orElseThrow());
    assertEquals(Optional.empty(), Level.fromClerkName("SECOND_FACTOR"));
    assertEquals("multi_factor", Level.MULTI_FACTOR.clerkName());
  }

  @Test
  void isSatisfiedByWhenSecondFactorAgeEqualsAfterMinutesThenStale() {
    assertFalse(Reverification.STRICT.isSatisfiedBy(age(0, 10)), "second factor exactly 10 minutes old");
    assertTrue(Reverification.STRICT.isSatisfiedBy(age(0, 9)));
    assertFalse(Reverification.STRICT_MFA.isSatisfiedBy(age(0, 10)), "multi-factor: second exactly 10 minutes old");
  }

  @Test
  void equalsWhenLevelOrMinutesDifferThenNotEqual() {
    Reverification strict = Reverification.of(Level.SECOND_FACTOR, 10);

    assertEquals(Reverification.STRICT.hashCode(), strict.hashCode(), "equal values, equal hash codes");
    assertNotEquals(Reverification.STRICT, Reverification.of(Level.SECOND_FACTOR, 11));
    assertNotEquals(Reverification.STRICT, Reverification.STRICT_MFA, "same minutes, other level");
    assertNotEquals(Reverification.STRICT, (Object) "strict");
  }
}
