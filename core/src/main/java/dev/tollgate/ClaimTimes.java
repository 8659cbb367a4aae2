package dev.tollgate;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The checked time claims of a token, in epoch milliseconds; {@link #ABSENT} for a missing nbf or iat. */
final class ClaimTimes {

  static final long ABSENT = Long.MIN_VALUE;

  final long expiresAt;
  final long notBefore;
  final long issuedAt;

  ClaimTimes(long expiresAt, long notBefore, long issuedAt) {
    this.expiresAt = expiresAt;
    this.notBefore = notBefore;
    this.issuedAt = issuedAt;
  }

  static @Nullable Instant instant(long millis) {
    return millis == ABSENT ? null : Instant.ofEpochMilli(millis);
  }
}
