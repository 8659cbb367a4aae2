package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenVerificationExceptionTest {

  @Test
  void constructorWhenTimeRejectionThenCarriesReasonTimeAndNoStackTrace() {
    Instant exp = Instant.ofEpochSecond(1666648310);
    TokenVerificationException expired = new TokenVerificationException(RejectionReason.TOKEN_EXPIRED,
        "JWT is expired.", exp);

    assertEquals(RejectionReason.TOKEN_EXPIRED, expired.reason());
    assertEquals(exp, expired.claimTime().orElseThrow());
    assertEquals(0, expired.getStackTrace().length);
    assertTrue(new TokenVerificationException(RejectionReason.TOKEN_INVALID, "x").claimTime().isEmpty());
  }

  @Test
  void constructorWhenNullsThenNullPointer() {
    assertThrows(NullPointerException.class, () -> new TokenVerificationException(null, "x"));
    assertThrows(NullPointerException.class, () -> new TokenVerificationException(RejectionReason.TOKEN_INVALID, null));
  }
}
