package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.benchmarks.BenchmarkFixture;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

class FilterEndpointBenchmarkTest {

  @Test
  void freshAndRepeatedTokenWhenFilterVerifiesThenOk() throws Exception {
    EndpointLegs.assertServesFreshAndRepeatedTokens(new FilterEndpointBenchmark());
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
