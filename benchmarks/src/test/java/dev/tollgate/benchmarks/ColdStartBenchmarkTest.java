package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColdStartBenchmarkTest {

  @Test
  void firstTokenWhenColdThenOneFetchPerIteration() throws Exception {
    ColdStartBenchmark benchmark = new ColdStartBenchmark();
    benchmark.startServer();
    try {
      for (int i = 0; i < 3; i++) {
        benchmark.resetCount();
        assertNotNull(benchmark.firstToken().userId());
        benchmark.closeVerifier();
      }
    } finally {
      benchmark.stopServer();
    }
  }

  @Test
  void firstTokenTwoCallersWhenColdThenStillOneFetch() throws Exception {
    ColdStartBenchmark benchmark = new ColdStartBenchmark();
    benchmark.startServer();
    try {
      for (int i = 0; i < 3; i++) {
        benchmark.resetCount();
        assertNotNull(benchmark.firstTokenTwoCallers().userId());
        benchmark.closeVerifier();
      }
    } finally {
      benchmark.stopServer();
    }
  }

  @Test
  void closeVerifierWhenNothingFetchedThenIterationFails() throws Exception {
    ColdStartBenchmark benchmark = new ColdStartBenchmark();
    benchmark.startServer();
    try {
      benchmark.resetCount();
      assertThrows(IllegalStateException.class, benchmark::closeVerifier);
    } finally {
      benchmark.stopServer();
    }
  }
}
