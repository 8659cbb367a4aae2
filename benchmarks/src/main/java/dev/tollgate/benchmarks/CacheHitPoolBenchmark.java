package dev.tollgate.benchmarks;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.test.tokens.SigningKey;
import java.security.SecureRandom;
import java.time.Instant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 3, cache hits on a pool: {@link #DEFAULT_POOL_SIZE} distinct valid tokens, as many as Tollgate's
 * default verified-token cache holds, each verified once in setup and then presented in turn, so every
 * operation is a hit on another entry: the mix a gateway sees from many users at once, where the repeated-token
 * leg sees one hot entry. The tokens are minted in setup with a key of this benchmark's own (the shared
 * fixture's pool is smaller), which takes a few seconds per fork. Setup fails unless a second pass answers every
 * token with the session of the first, so every measured operation is known to be a hit.
 */
public class CacheHitPoolBenchmark {

  /** System property overriding the pool size (tests use a small pool). */
  public static final String POOL_SIZE_PROPERTY = "tollgate.bench.hitPool";
  /** Distinct tokens: {@value}, {@link SessionVerifier#DEFAULT_VERIFIED_TOKEN_CACHE_SIZE}. */
  public static final int DEFAULT_POOL_SIZE = SessionVerifier.DEFAULT_VERIFIED_TOKEN_CACHE_SIZE;

  /** The verifier in its default configuration and the cached tokens, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Pool {
    SessionVerifier verifier;
    String[] tokens = new String[0];

    /** Mints the tokens, verifies each once, and proves a second pass is all hits. */
    @Setup
    public void setUp() throws Exception {
      SigningKey key = TokenMinter.generateKey();
      TokenMinter minter = new TokenMinter(key, new SecureRandom());
      Instant issuedAt = Instant.now().minusSeconds(1);
      tokens = new String[Integer.getInteger(POOL_SIZE_PROPERTY, DEFAULT_POOL_SIZE)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = minter.mint(issuedAt, BenchmarkFixture.LIFETIME);
      }
      verifier = SessionVerifier.builder().jwtKey(key.publicKeyPem()).build();
      Session[] first = new Session[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        first[i] = verifier.verify(tokens[i]);
      }
      for (int i = 0; i < tokens.length; i++) {
        if (verifier.verify(tokens[i]) != first[i]) {
          throw new IllegalStateException("token " + i + " of " + tokens.length + " was not a cache hit");
        }
      }
    }

    /** Closes the verifier. */
    @TearDown
    public void tearDown() {
      verifier.close();
    }
  }

  /** One thread's position in the pool; threads start a fraction of the pool apart. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    /** Places the thread. */
    @Setup
    public void setUp(Pool pool) {
      next = (int) ((Thread.currentThread().getId() * 1031) % pool.tokens.length);
    }
  }

  /** @return the session, from the verified-token cache */
  @Benchmark
  public Session tollgate(Pool pool, Cursor cursor) throws Exception {
    int index = cursor.next;
    cursor.next = index + 1 == pool.tokens.length ? 0 : index + 1;
    return pool.verifier.verify(pool.tokens[index]);
  }
}
