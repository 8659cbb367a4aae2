package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.benchmarks.TokenCursor;
import org.junit.jupiter.api.Test;

class PassThroughFilterEndpointBenchmarkTest {

  @Test
  void freshAndRepeatedTokenWhenServedThenOk() throws Exception {
    PassThroughFilterEndpointBenchmark benchmark = new PassThroughFilterEndpointBenchmark();
    benchmark.startServer();
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    try {
      for (int i = 0; i < 20; i++) {
        assertEquals(200, benchmark.freshToken(cursor));
        assertEquals(200, benchmark.repeatedToken());
      }
    } finally {
      benchmark.stopServer();
    }
  }
}
