package dev.tollgate.benchmarks;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import dev.tollgate.benchmarks.contenders.TollgateContender;
import dev.tollgate.micrometer.TollgateMetrics;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the Micrometer binding costs per verification: the fresh-token and repeated-token scenarios with
 * {@link TollgateMetrics} bound to a {@link SimpleMeterRegistry} ({@code metrics=true}) and without any listener
 * ({@code metrics=false}). Compare the two rows of each method, with {@code -prof gc} for the bytes allocated per
 * operation. {@link #timerRecord} and {@link #summaryRecord} compare the two Micrometer meter kinds a latency
 * could be recorded into. Not part of {@link RunAll}'s scenarios; run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main MetricsOverheadBenchmark -prof gc}.
 */
public class MetricsOverheadBenchmark {

  /** A verifier with or without the binding. */
  @State(Scope.Benchmark)
  public static class Verifiers {
    /** Whether the binding is registered and bound. */
    @Param({"false", "true"})
    public boolean metrics;

    TollgateContender fresh;
    TollgateContender repeated;
    String repeatedToken = "";
    MeterRegistry registry;

    /** Builds and proves both verifiers, and caches the repeated token. */
    @Setup
    public void setUp() throws Exception {
      BenchmarkFixture fixture = BenchmarkFixture.shared();
      registry = new SimpleMeterRegistry();
      fresh = TollgateContender.of("Tollgate (cache off, metrics " + metrics + ")",
          build("fresh", SessionVerifier.builder().jwtKey(fixture.pem()).verifiedTokenCacheSize(0)), fixture);
      repeated = TollgateContender.of("Tollgate (default cache, metrics " + metrics + ")",
          build("repeated", SessionVerifier.builder().jwtKey(fixture.pem())), fixture);
      repeatedToken = fixture.repeatedToken();
      repeated.verify(repeatedToken);
    }

    private SessionVerifier build(String scenario, SessionVerifierBuilder builder) {
      if (!metrics) {
        return builder.build();
      }
      TollgateMetrics bound = TollgateMetrics.create(Tags.of("scenario", scenario));
      SessionVerifier verifier = builder.verificationListener(bound.verificationListener())
          .keySourceListener(bound.keySourceListener()).build();
      bound.binder(verifier).bindTo(registry);
      return verifier;
    }

    /** Closes the verifiers. */
    @TearDown
    public void tearDown() {
      fresh.close();
      repeated.close();
    }
  }

  /** One timer and one distribution summary on a simple registry, as the binding would create them. */
  @State(Scope.Benchmark)
  public static class Meters {
    Timer timer;
    DistributionSummary summary;

    /** Registers both. */
    @Setup
    public void setUp() {
      MeterRegistry registry = new SimpleMeterRegistry();
      timer = Timer.builder("tollgate.bench.timer").register(registry);
      summary = DistributionSummary.builder("tollgate.bench.summary").baseUnit("nanoseconds").register(registry);
    }
  }

  /** @return the verified session of the next pool token (no cache) */
  @Benchmark
  public Session fresh(Verifiers state, TokenCursor tokens) throws Exception {
    return state.fresh.verify(tokens.next());
  }

  /** @return the session, from the verified-token cache */
  @Benchmark
  public Session repeated(Verifiers state) throws Exception {
    return state.repeated.verify(state.repeatedToken);
  }

  /** Records a latency into a timer. */
  @Benchmark
  public void timerRecord(Meters meters) {
    meters.timer.record(1234, TimeUnit.NANOSECONDS);
  }

  /** Records the same latency into a distribution summary. */
  @Benchmark
  public void summaryRecord(Meters meters) {
    meters.summary.record(1234);
  }
}
