package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.proc.BadJOSEException;
import dev.tollgate.benchmarks.BenchmarkFixture;
import org.junit.jupiter.api.Test;

class NimbusContenderTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void verifyWhenValidThenClaimsReadable() throws Exception {
    NimbusContender contender = NimbusContender.create(fixture);
    assertTrue(contender.verify(fixture.tokens()[1]).getSubject().startsWith("user_2"));
  }

  @Test
  void verifyWhenTamperedThenRejected() {
    NimbusContender contender = NimbusContender.create(fixture);
    assertThrows(BadJOSEException.class, () -> contender.verify(fixture.tamperedPayloadToken()));
  }
}
