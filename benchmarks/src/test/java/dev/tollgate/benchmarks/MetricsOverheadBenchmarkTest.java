package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tollgate.Session;
import dev.tollgate.micrometer.TollgateMetrics;
import org.junit.jupiter.api.Test;

class MetricsOverheadBenchmarkTest {

  @Test
  void benchmarksWhenMetricsBoundThenVerifyAndCountEachVerification() throws Exception {
    MetricsOverheadBenchmark benchmark = new MetricsOverheadBenchmark();
    MetricsOverheadBenchmark.Verifiers state = new MetricsOverheadBenchmark.Verifiers();
    state.metrics = true;
    state.setUp();
    TokenCursor tokens = new TokenCursor();
    tokens.setUp();
    try {
      double before = state.registry.find(TollgateMetrics.VERIFICATIONS).tag("outcome", "accepted").counters()
          .stream().mapToDouble(counter -> counter.count()).sum();
      Session fresh = benchmark.fresh(state, tokens);
      Session first = benchmark.repeated(state);
      assertSame(first, benchmark.repeated(state));
      assertEquals(BenchmarkFixture.shared().repeatedToken(), first.token());
      double after = state.registry.find(TollgateMetrics.VERIFICATIONS).tag("outcome", "accepted").counters()
          .stream().mapToDouble(counter -> counter.count()).sum();
      assertEquals(3, after - before, "accepted verifications counted, fresh " + fresh.userId());
    } finally {
      state.tearDown();
    }
  }

  @Test
  void benchmarksWhenNoMetricsThenVerifyWithoutARegistryMeter() throws Exception {
    MetricsOverheadBenchmark benchmark = new MetricsOverheadBenchmark();
    MetricsOverheadBenchmark.Verifiers state = new MetricsOverheadBenchmark.Verifiers();
    state.setUp();
    TokenCursor tokens = new TokenCursor();
    tokens.setUp();
    try {
      benchmark.fresh(state, tokens);
      benchmark.repeated(state);
      assertEquals(0, state.registry.getMeters().size(), "meters without the binding");
    } finally {
      state.tearDown();
    }
  }

  @Test
  void meterBenchmarksWhenRunThenEachRecords() {
    MetricsOverheadBenchmark benchmark = new MetricsOverheadBenchmark();
    MetricsOverheadBenchmark.Meters meters = new MetricsOverheadBenchmark.Meters();
    meters.setUp();

    benchmark.timerRecord(meters);
    benchmark.summaryRecord(meters);

    assertEquals(1, meters.timer.count());
    assertEquals(1, meters.summary.count());
  }
}
