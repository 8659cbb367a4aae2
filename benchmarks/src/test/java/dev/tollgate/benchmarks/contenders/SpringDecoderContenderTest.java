package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.benchmarks.BenchmarkFixture;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

class SpringDecoderContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void verifyWhenValidThenClaimsReadable() {
    SpringDecoderContender contender = SpringDecoderContender.create(fixture);
    assertTrue(contender.verify(fixture.tokens()[1]).getSubject().startsWith("user_2"));
  }

  @Test
  void verifyWhenExpiredThenRejected() {
    SpringDecoderContender contender = SpringDecoderContender.create(fixture);
    assertThrows(JwtException.class, () -> contender.verify(fixture.expiredToken()));
  }
}
