package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void freshTokenWhenThePoolIsCycledThenTheCacheCannotHoldIt() {
    assertTrue(FilterEndpointBenchmark.CACHE_SIZE * 50 < BenchmarkFixture.DEFAULT_POOL_SIZE,
        "a cache of " + FilterEndpointBenchmark.CACHE_SIZE + " against a pool of " + BenchmarkFixture.DEFAULT_POOL_SIZE
            + " would answer fresh tokens from the cache");
  }
}
