package dev.tollgate.benchmarks.endpoint;

import org.junit.jupiter.api.Test;

class NoFilterEndpointBenchmarkTest {

  @Test
  void freshAndRepeatedTokenWhenServedThenOk() throws Exception {
    EndpointLegs.assertServesFreshAndRepeatedTokens(new NoFilterEndpointBenchmark());
  }
}
