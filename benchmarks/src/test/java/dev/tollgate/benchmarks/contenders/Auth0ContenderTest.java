package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.exceptions.JWTVerificationException;
import dev.tollgate.benchmarks.BenchmarkFixture;
import org.junit.jupiter.api.Test;

class Auth0ContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void verifyWhenValidThenClaimsReadable() {
    Auth0Contender contender = Auth0Contender.create(fixture);
    assertTrue(contender.verify(fixture.tokens()[1]).getSubject().startsWith("user_2"));
  }

  @Test
  void verifyWhenTamperedThenRejected() {
    Auth0Contender contender = Auth0Contender.create(fixture);
    assertThrows(JWTVerificationException.class, () -> contender.verify(fixture.tamperedPayloadToken()));
  }
}
