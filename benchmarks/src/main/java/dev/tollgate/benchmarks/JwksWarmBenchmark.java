package dev.tollgate.benchmarks;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.benchmarks.contenders.TollgateContender;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 4, JWKS mode warm: Tollgate built with {@code jwksUrl} against a {@link LoopbackJwksServer},
 * warmed up, and then fed fresh tokens with the verified-token cache off, so every operation looks up the key
 * by {@code kid} and checks the signature. Setup fails unless warming up fetched the key set exactly once, and
 * teardown fails if anything was fetched while measuring. (The equivalence check in between may refetch once:
 * a failed signature under a known {@code kid} is allowed one on-demand refetch per cooldown, in case the key
 * was rotated; that is not part of the measurement.)
 */
@State(Scope.Benchmark)
public class JwksWarmBenchmark {

  private LoopbackJwksServer server;
  private TollgateContender verifier;

  /** Starts the key server, builds, warms and proves the verifier. */
  @Setup
  public void setUp() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    server = LoopbackJwksServer.start(fixture.jwks());
    SessionVerifier built = SessionVerifier.builder()
        .jwksUrl(server.jwksUrl())
        .verifiedTokenCacheSize(0)
        .build();
    built.warmUp(Duration.ofSeconds(10));
    requireFetches(1, "warming up");
    verifier = TollgateContender.of("Tollgate (JWKS, cache off)", built, fixture);
    server.resetFetches();
  }

  /** Closes the verifier and the server, failing the trial if the key set was fetched while measuring. */
  @TearDown
  public void tearDown() {
    verifier.close();
    server.close();
    requireFetches(0, "measuring");
  }

  private void requireFetches(int expected, String phase) {
    if (server.fetches() != expected) {
      throw new IllegalStateException("expected " + expected + " JWKS fetches while " + phase + ", saw "
          + server.fetches());
    }
  }

  /** @return the verified session */
  @Benchmark
  public Session tollgate(TokenCursor tokens) throws Exception {
    return verifier.verify(tokens.next());
  }
}
