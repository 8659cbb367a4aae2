package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clerk.backend_api.helpers.security.models.TokenVerificationException;
import dev.tollgate.benchmarks.BenchmarkFixture;
import io.jsonwebtoken.Claims;
import org.junit.jupiter.api.Test;

class ClerkSdkContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void verifyWhenValidThenClaimsReadable() throws Exception {
    ClerkSdkContender contender = ClerkSdkContender.create(fixture);
    Object payload = contender.verify(fixture.tokens()[1]);
    assertTrue(payload instanceof Claims, payload.getClass().getName());
    assertTrue(((Claims) payload).getSubject().startsWith("user_2"));
  }

  @Test
  void verifyWhenSignatureTamperedThenRejected() {
    ClerkSdkContender contender = ClerkSdkContender.create(fixture);
    assertThrows(TokenVerificationException.class, () -> contender.verify(fixture.tamperedSignatureToken()));
  }
}
