package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStatusTest {

  @Test
  void fromClaimWhenKnownExactValueThenStatusElseEmpty() {
    assertEquals(Optional.of(SessionStatus.ACTIVE), SessionStatus.fromClaim("active"));
    assertEquals(Optional.of(SessionStatus.PENDING), SessionStatus.fromClaim("pending"));
    assertEquals(Optional.empty(), SessionStatus.fromClaim("Pending"));
    assertEquals(Optional.empty(), SessionStatus.fromClaim("revoked"));
    assertEquals("pending", SessionStatus.PENDING.claimValue());
  }
}
