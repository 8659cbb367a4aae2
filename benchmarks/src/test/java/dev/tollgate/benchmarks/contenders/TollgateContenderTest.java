package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenMinter;
import org.junit.jupiter.api.Test;

class TollgateContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void uncachedWhenSameTokenTwiceThenVerifiedTwice() throws Exception {
    try (TollgateContender contender = TollgateContender.uncached(fixture)) {
      String token = fixture.tokens()[1];
      assertNotSame(contender.verify(token), contender.verify(token));
    }
  }

  @Test
  void cachedWhenSameTokenTwiceThenSameSession() throws Exception {
    try (TollgateContender contender = TollgateContender.cached(fixture)) {
      String token = fixture.tokens()[1];
      assertSame(contender.verify(token), contender.verify(token));
      assertEquals(TokenMinter.ISSUER, contender.verify(token).issuer().orElseThrow());
    }
  }

  @Test
  void verifyWhenTamperedThenInvalidSignature() {
    try (TollgateContender contender = TollgateContender.uncached(fixture)) {
      TokenVerificationException rejected = assertThrows(TokenVerificationException.class,
          () -> contender.verify(fixture.tamperedPayloadToken()));
      assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE, rejected.reason());
    }
  }

  @Test
  void ofWhenVerifierChecksAnotherIssuerThenFailsAndCloses() {
    SessionVerifier wrongIssuer = SessionVerifier.builder().jwtKey(fixture.pem()).issuer("https://other.example")
        .build();
    assertThrows(IllegalStateException.class, () -> TollgateContender.of("wrong issuer", wrongIssuer, fixture));
  }
}
