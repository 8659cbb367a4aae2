package dev.tollgate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The checked time claims of a token, in epoch milliseconds; {@link #ABSENT} for a missing nbf or iat.
 *
 * @param expiresAt {@code exp}
 * @param notBefore {@code nbf}, or {@link #ABSENT}
 * @param issuedAt {@code iat}, or {@link #ABSENT}
 */
record ClaimTimes(long expiresAt, long notBefore, long issuedAt) {

  static final long ABSENT = Long.MIN_VALUE;

  static @Nullable Instant instant(long millis) {
    return millis == ABSENT ? null : Instant.ofEpochMilli(millis);
  }
}
