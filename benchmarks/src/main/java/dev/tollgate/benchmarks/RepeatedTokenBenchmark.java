package dev.tollgate.benchmarks;

import dev.tollgate.Session;
import dev.tollgate.benchmarks.contenders.TollgateContender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 3, the repeated token: the same valid token again and again, as a gateway sees it while a user's
 * browser reuses it for its minute. Tollgate runs in its default configuration, so every operation after the
 * first is a verified-token cache hit, which still re-checks {@code exp}, {@code nbf} and {@code iat} against
 * the clock and that the verifying key is still current.
 */
@State(Scope.Benchmark)
public class RepeatedTokenBenchmark {

  private TollgateContender verifier;
  private String token = "";

  /** Builds and proves the verifier, then verifies the token once so it is cached. */
  @Setup
  public void setUp() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    verifier = TollgateContender.cached(fixture);
    token = fixture.repeatedToken();
    verifier.verify(token);
  }

  /** Closes the verifier. */
  @TearDown
  public void tearDown() {
    verifier.close();
  }

  /** @return the session, from the verified-token cache */
  @Benchmark
  public Session tollgate() throws Exception {
    return verifier.verify(token);
  }
}
