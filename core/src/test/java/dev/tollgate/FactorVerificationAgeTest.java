package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FactorVerificationAgeTest {

  @Test
  void accessorsWhenNeverThenMinusOneAndEmpty() {
    FactorVerificationAge age = new FactorVerificationAge(7, FactorVerificationAge.NEVER);

    assertEquals(7, age.firstFactorMinutes());
    assertEquals(-1, age.secondFactorMinutes());
    assertEquals(OptionalLong.of(7), age.firstFactor());
    assertEquals(OptionalLong.empty(), age.secondFactor());
    assertEquals("[7, -1]", age.toString());
    assertEquals(new FactorVerificationAge(7, -1), age);
  }

  @Test
  void constructorWhenBelowMinusOneThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> new FactorVerificationAge(-2, 0));
    assertThrows(IllegalArgumentException.class, () -> new FactorVerificationAge(0, Long.MIN_VALUE));
  }
}
