package dev.tollgate.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * JWT NumericDate values (RFC 7519 §2) as epoch milliseconds. Fractions are truncated toward negative
 * infinity at millisecond precision. Values beyond year 9999 in either direction, non-numbers and integers
 * beyond 64 bits are not dates: they can neither overflow into the past nor into the future.
 */
public final class NumericDates {

  /** Returned for anything that is not a usable NumericDate. No valid date maps to it. */
  public static final long INVALID = Long.MIN_VALUE;

  /** 9999-12-31T23:59:59Z in epoch seconds: the largest magnitude accepted. */
  static final long MAX_SECONDS = 253_402_300_799L;

  /** More fraction digits than any token can carry (numbers are at most 64 characters), plus margin. */
  private static final int MAX_SCALE = 100;

  private static final BigDecimal MAX = BigDecimal.valueOf(MAX_SECONDS);
  private static final BigDecimal MIN = MAX.negate();

  private NumericDates() {}

  /**
   * @param claim a claim value as {@link StrictJson} produces it
   * @return epoch milliseconds, or {@link #INVALID}
   */
  public static long toMillis(@Nullable Object claim) {
    if (claim instanceof Long seconds) {
      return seconds > MAX_SECONDS || seconds < -MAX_SECONDS ? INVALID : seconds * 1000;
    }
    if (claim instanceof BigDecimal seconds) {
      // compareTo looks at magnitudes first, so even 1e999999999 is cheap to reject here.
      if (seconds.compareTo(MAX) > 0 || seconds.compareTo(MIN) < 0) {
        return INVALID;
      }
      if (seconds.scale() > MAX_SCALE) {
        // Rescaling would cost 10^scale; in range with so many fraction digits it is within a millisecond of 0.
        return seconds.signum() < 0 ? -1 : 0;
      }
      return seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
    return INVALID;
  }
}
