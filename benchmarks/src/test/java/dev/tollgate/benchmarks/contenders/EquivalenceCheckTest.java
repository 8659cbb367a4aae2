package dev.tollgate.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.benchmarks.BenchmarkFixture;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EquivalenceCheckTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void requireVerifiesWhenCheckAcceptsEverythingThenFails() {
    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> EquivalenceCheck.requireVerifies("lenient", token -> "ok", fixture));
    assertTrue(failure.getMessage().contains("lenient accepts a token with a tampered payload"),
        failure.getMessage());
  }

  @Test
  void requireVerifiesWhenCheckRejectsEverythingThenFails() {
    assertThrows(IllegalStateException.class, () -> EquivalenceCheck.requireVerifies("strict", token -> {
      throw new IllegalArgumentException("no");
    }, fixture));
  }

  @Test
  void requireVerifiesWhenCheckIgnoresExpiryThenFails() {
    Set<String> forged = Set.of(fixture.tamperedPayloadToken(), fixture.tamperedSignatureToken());
    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> EquivalenceCheck.requireVerifies("no-exp", token -> {
          if (forged.contains(token)) {
            throw new IllegalArgumentException("bad signature");
          }
          return "ok";
        }, fixture));
    assertTrue(failure.getMessage().contains("an expired token"), failure.getMessage());
  }

  @Test
  void requireVerifiesWhenCheckReturnsNothingThenFails() {
    assertThrows(IllegalStateException.class, () -> EquivalenceCheck.requireVerifies("null", token -> null, fixture));
  }

  @Test
  void requireVerifiesWhenCheckAcceptsOnlyGoodTokensThenPasses() {
    Set<String> bad = Set.of(fixture.tamperedPayloadToken(), fixture.tamperedSignatureToken(),
        fixture.expiredToken());
    assertDoesNotThrow(() -> EquivalenceCheck.requireVerifies("exact", token -> {
      if (bad.contains(token)) {
        throw new IllegalArgumentException("rejected");
      }
      return "ok";
    }, fixture));
  }
}
