package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenCursor;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

class FilterEndpointBenchmarkTest {

  @Test
  void freshAndRepeatedTokenWhenFilterVerifiesThenOk() throws Exception {
    FilterEndpointBenchmark benchmark = new FilterEndpointBenchmark();
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

  @Test
  void startServerWhenNothingIsInstalledThenTheInstalledCheckFails() {
    FilterEndpointBenchmark withoutFilter = new FilterEndpointBenchmark() {
      @Override
      protected AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) {
        return () -> { };
      }
    };

    IllegalStateException failure = assertThrows(IllegalStateException.class, withoutFilter::startServer);
    assertEquals("a tampered token got 200, not 401: the filter is not in the path", failure.getMessage());
  }
}
