package dev.tollgate.benchmarks.contenders;

import dev.tollgate.benchmarks.BenchmarkFixture;
import java.util.Objects;

/**
 * Proves, before anything is measured, that a verifier really verifies: it must accept valid tokens and reject
 * a token whose payload was altered, one whose signature has a flipped bit, and one that expired an hour ago.
 * A benchmark setup that calls this fails instead of measuring a verifier that would pass forged tokens.
 */
public final class EquivalenceCheck {

  private EquivalenceCheck() {}

  /**
   * @param name the verifier's name, for the failure message
   * @param check the verifier
   * @param fixture the benchmark's tokens
   * @throws IllegalStateException if a valid token is rejected or a bad one accepted
   */
  public static void requireVerifies(String name, TokenCheck check, BenchmarkFixture fixture) {
    Objects.requireNonNull(check, "check");
    String[] tokens = fixture.tokens();
    accept(name, check, tokens[0], "the first pool token");
    accept(name, check, tokens[tokens.length - 1], "the last pool token");
    accept(name, check, fixture.repeatedToken(), "the repeated token");
    reject(name, check, fixture.tamperedPayloadToken(), "a token with a tampered payload");
    reject(name, check, fixture.tamperedSignatureToken(), "a token with a tampered signature");
    reject(name, check, fixture.expiredToken(), "an expired token");
  }

  private static void accept(String name, TokenCheck check, String token, String what) {
    Object result;
    try {
      result = check.verify(token);
    } catch (Exception rejected) {
      throw new IllegalStateException(name + " rejects " + what + ": " + rejected, rejected);
    }
    if (result == null) {
      throw new IllegalStateException(name + " returned nothing for " + what);
    }
  }

  private static void reject(String name, TokenCheck check, String token, String what) {
    try {
      check.verify(token);
    } catch (Exception rejected) {
      return;
    }
    throw new IllegalStateException(name + " accepts " + what + "; it must not be measured");
  }
}
