package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class JwksWarmBenchmarkTest {

  @Test
  void tollgateWhenWarmThenVerifiesWithoutFetchingAgain() throws Exception {
    JwksWarmBenchmark benchmark = new JwksWarmBenchmark();
    benchmark.setUp();
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    for (int i = 0; i < BenchmarkFixture.shared().poolSize(); i++) {
      assertNotNull(benchmark.tollgate(cursor).userId());
    }
    benchmark.tearDown(); // fails if the key set was fetched while verifying
  }
}
