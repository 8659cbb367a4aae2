package dev.tollgate.benchmarks.endpoint;

import org.junit.jupiter.api.Test;

class PassThroughFilterEndpointBenchmarkTest {

  @Test
  void freshAndRepeatedTokenWhenServedThenOk() throws Exception {
    EndpointLegs.assertServesFreshAndRepeatedTokens(new PassThroughFilterEndpointBenchmark());
  }
}
