package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FloorBenchmarkTest {

  @Test
  void floorWhenSetUpThenEveryPoolSignatureVerifies() throws Exception {
    FloorBenchmark.Inputs inputs = new FloorBenchmark.Inputs();
    inputs.setUp();
    FloorBenchmark.Engine engine = new FloorBenchmark.Engine();
    engine.setUp();
    FloorBenchmark benchmark = new FloorBenchmark();
    for (int i = 0; i < 2 * BenchmarkFixture.shared().poolSize(); i++) {
      assertTrue(benchmark.floor(inputs, engine));
    }
  }
}
