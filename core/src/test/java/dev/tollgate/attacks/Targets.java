package dev.tollgate.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.function.Executable;

/** The verifiers attacks are aimed at, and the assertion every attack test makes. */
final class Targets {

  private Targets() {}

  static final Clock CLOCK = Clock.fixed(TestTokens.NOW, ZoneOffset.UTC);

  /** Networkless verifier for {@link TestKeys#PRIMARY} with issuer and authorized party pinned. */
  static SessionVerifier networkless() {
    return base().jwtKey(TestKeys.primaryPem()).build();
  }

  static SessionVerifierBuilder base() {
    return base(CLOCK);
  }

  static SessionVerifierBuilder base(Clock clock) {
    return SessionVerifier.builder().clock(clock).issuer(TestTokens.ISSUER).authorizedParties(TestTokens.PARTY)
        .verifiedTokenCacheSize(0);
  }

  /** Asserts the token is rejected (never accepted, never another exception) with {@code expected}. */
  static TokenVerificationException assertRejected(RejectionReason expected, SessionVerifier verifier, String token) {
    TokenVerificationException rejected = assertThrows(TokenVerificationException.class, () -> verifier.verify(token));
    assertEquals(expected, rejected.reason(), () -> "message: " + rejected.getMessage());
    assertNoTokenIn(rejected.getMessage(), token);
    return rejected;
  }

  static void assertNoTokenIn(String message, String token) {
    for (String segment : token.split("\\.")) {
      if (segment.length() >= 8 && message.contains(segment)) {
        throw new AssertionError("message echoes a token segment: " + message);
      }
    }
  }

  static void assertNotThrowing(Executable executable) {
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(executable);
  }
}
