package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumericDatesTest {

  @Test
  void toMillisWhenIntegerSecondsThenTimesAThousand() {
    assertEquals(1_666_648_250_000L, NumericDates.toMillis(1_666_648_250L));
    assertEquals(0L, NumericDates.toMillis(0L));
    assertEquals(-1000L, NumericDates.toMillis(-1L));
  }

  @Test
  void toMillisWhenFractionalThenTruncatedTowardNegativeInfinityAtTheMillisecond() {
    assertEquals(1_666_648_250_123L, NumericDates.toMillis(new BigDecimal("1666648250.123")));
    assertEquals(1_666_648_250_123L, NumericDates.toMillis(new BigDecimal("1666648250.1239")));
    assertEquals(-1L, NumericDates.toMillis(new BigDecimal("-0.0001")));
    assertEquals(1_500L, NumericDates.toMillis(new BigDecimal("1.5e0")));
    assertEquals(100_000_000L, NumericDates.toMillis(new BigDecimal("1e5")));
  }

  @Test
  void toMillisWhenAtTheYear9999BoundThenAcceptedAndBeyondItInvalid() {
    assertEquals(NumericDates.MAX_SECONDS * 1000, NumericDates.toMillis(NumericDates.MAX_SECONDS));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(NumericDates.MAX_SECONDS + 1));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(-NumericDates.MAX_SECONDS - 1));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(Long.MAX_VALUE));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(Long.MIN_VALUE));
  }

  @Test
  void toMillisWhenExponentIsEnormousThenAnsweredWithoutExpandingTheNumber() {
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(new BigDecimal("1e999999999")));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(new BigDecimal("-1e999999999")));
    assertEquals(0L, NumericDates.toMillis(new BigDecimal("1e-999999999")));
    assertEquals(-1L, NumericDates.toMillis(new BigDecimal("-1e-999999999")));
  }

  @Test
  void toMillisWhenNotANumberOrBeyond64BitsThenInvalid() {
    assertEquals(NumericDates.INVALID, NumericDates.toMillis("1666648250"));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(null));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(Boolean.TRUE));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(BigInteger.TWO.pow(70)));
  }

  @Test
  void toMillisWhenFractionalAtTheYear9999BoundThenAcceptedAndBeyondItInvalid() {
    assertEquals(NumericDates.MAX_SECONDS * 1000, NumericDates.toMillis(new BigDecimal("253402300799.0")));
    assertEquals(-NumericDates.MAX_SECONDS * 1000, NumericDates.toMillis(new BigDecimal("-253402300799.000")));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(new BigDecimal("253402300799.001")));
    assertEquals(NumericDates.INVALID, NumericDates.toMillis(new BigDecimal("-253402300799.001")));
  }

  @Test
  void toMillisWhenZeroHasMoreFractionDigitsThanATokenCanCarryThenTheEpoch() {
    assertEquals(0L, NumericDates.toMillis(new BigDecimal("0E-101")), "zero is the epoch, not a millisecond before it");
  }
}
