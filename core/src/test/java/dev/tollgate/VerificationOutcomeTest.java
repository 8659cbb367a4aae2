package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VerificationOutcomeTest {

  @Test
  void acceptedWhenFromCacheThenNotTimed() {
    IllegalArgumentException timed = assertThrows(IllegalArgumentException.class,
        () -> new VerificationOutcome.Accepted(true, 5));

    assertEquals("a verification the cache answered is not timed: durationNanos must be 0", timed.getMessage());
    assertEquals(new VerificationOutcome.Accepted(true, 0), VerificationOutcome.Accepted.FROM_CACHE,
        "the shared cache-hit outcome");
  }

  @Test
  void outcomeWhenDurationNegativeThenRefused() {
    assertThrows(IllegalArgumentException.class, () -> new VerificationOutcome.Accepted(false, -1), "accepted");
    assertThrows(IllegalArgumentException.class,
        () -> new VerificationOutcome.Rejected(RejectionReason.TOKEN_EXPIRED, -1), "rejected");
    assertThrows(IllegalArgumentException.class, () -> new VerificationOutcome.KeysUnavailable(-1), "unavailable");
  }
}
