package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tollgate.Session;
import org.junit.jupiter.api.Test;

class RepeatedTokenBenchmarkTest {

  @Test
  void tollgateWhenRepeatedThenTheCachedSession() throws Exception {
    RepeatedTokenBenchmark benchmark = new RepeatedTokenBenchmark();
    benchmark.setUp();
    try {
      Session first = benchmark.tollgate();
      assertSame(first, benchmark.tollgate());
      assertSame(BenchmarkFixture.shared().repeatedToken(), first.token());
    } finally {
      benchmark.tearDown();
    }
  }
}
