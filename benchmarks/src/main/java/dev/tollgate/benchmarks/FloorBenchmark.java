package dev.tollgate.benchmarks;

import dev.tollgate.test.tokens.RawJws;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 1, the floor: the bare JCA check of RS256 ({@code SHA256withRSA}) over the signing inputs of the
 * same pool of tokens the verifiers see, with the key decoded once and the input bytes and signatures
 * prepared in setup. Nothing is parsed or decoded per operation, so this is the physical limit for RS256 on
 * the machine; every other figure is reported as a ratio to it.
 *
 * <p>The {@link Signature} engine is created once per benchmark thread and re-initialized per operation
 * ({@code initVerify}, {@code update}, {@code verify}), which is exactly what Tollgate's verifier does (one
 * engine per thread); creating an engine per operation would add a provider lookup to the floor and make it
 * easier to approach.
 */
public class FloorBenchmark {

  /** Pre-decoded inputs, shared read-only by all threads. */
  @State(Scope.Benchmark)
  public static class Inputs {
    RSAPublicKey key;
    byte[][] signingInputs = new byte[0][];
    byte[][] signatures = new byte[0][];
    int mask;

    /** Decodes the pool once and proves the check accepts every token and rejects a flipped bit. */
    @Setup
    public void setUp() throws GeneralSecurityException {
      BenchmarkFixture fixture = BenchmarkFixture.shared();
      key = fixture.publicKey();
      int size = fixture.poolSize();
      RsaWarmup.once(fixture);
      signingInputs = new byte[size][];
      signatures = new byte[size][];
      for (int i = 0; i < size; i++) {
        signingInputs[i] = fixture.signingInput(i);
        signatures[i] = fixture.signature(i);
      }
      Signature check = Signature.getInstance(RawJws.RS256);
      byte[] flipped = signatures[0].clone();
      flipped[flipped.length / 2] ^= 0x01;
      check.initVerify(key);
      check.update(signingInputs[0]);
      if (check.verify(flipped)) {
        throw new IllegalStateException("the floor accepts a tampered signature");
      }
      mask = size - 1;
    }
  }

  /** One thread's engine and position in the pool. */
  @State(Scope.Thread)
  public static class Engine {
    Signature signature;
    int next;

    /** Creates the thread's engine. */
    @Setup
    public void setUp() throws GeneralSecurityException {
      signature = Signature.getInstance(RawJws.RS256);
      next = (int) (Thread.currentThread().getId() * 1031);
    }
  }

  /** @return whether the signature verified (always {@code true}; setup proved it) */
  @Benchmark
  public boolean floor(Inputs inputs, Engine engine) throws GeneralSecurityException {
    int index = engine.next++ & inputs.mask;
    Signature signature = engine.signature;
    signature.initVerify(inputs.key);
    signature.update(inputs.signingInputs[index]);
    return signature.verify(inputs.signatures[index]);
  }
}
