package dev.tollgate.benchmarks;

import dev.tollgate.test.tokens.RawJws;
import java.security.GeneralSecurityException;
import java.security.Signature;

/**
 * Warms the JDK's RSA code (the {@code BigInteger} arithmetic under {@code SHA256withRSA}) once per JVM by
 * verifying every pool signature with the bare JCA, as the floor's own setup does. Every verifier measured here
 * ends in that same JDK code, so warming it treats them all alike; without it, compiling that code takes about
 * ten seconds on a busy 2-core machine and would eat the measurement of whichever benchmark runs first in its
 * fork. Each verifier's own parsing and checking code still warms up in JMH's warmup iterations. Thread-safe.
 */
public final class RsaWarmup {

  private static boolean done;

  private RsaWarmup() {}

  /** Verifies every signature of the fixture's pool once, the first time it is called in a JVM. */
  public static synchronized void once(BenchmarkFixture fixture) {
    if (done) {
      return;
    }
    try {
      Signature signature = Signature.getInstance(RawJws.RS256);
      for (int i = 0; i < fixture.poolSize(); i++) {
        signature.initVerify(fixture.publicKey());
        signature.update(fixture.signingInput(i));
        if (!signature.verify(fixture.signature(i))) {
          throw new IllegalStateException("pool token " + i + " does not verify");
        }
      }
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
    done = true;
  }
}
