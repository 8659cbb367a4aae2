package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.benchmarks.BenchmarkFixture;
import io.jsonwebtoken.JwtException;
import org.junit.jupiter.api.Test;

class JjwtContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void verifyWhenValidThenClaimsReadable() {
    JjwtContender contender = JjwtContender.create(fixture);
    assertTrue(contender.verify(fixture.tokens()[1]).getSubject().startsWith("user_2"));
  }

  @Test
  void verifyWhenExpiredThenRejected() {
    JjwtContender contender = JjwtContender.create(fixture);
    assertThrows(JwtException.class, () -> contender.verify(fixture.expiredToken()));
  }
}
