package dev.tollgate.benchmarks;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 6, cold start: the time from {@code build()} with a loopback JWKS URL to the first verified token,
 * which includes creating the HTTP client, fetching and parsing the key set, and the first verification. Each
 * measured iteration is one cold start of a new verifier (single-shot time); the JVM itself is warm, since a
 * gateway builds its verifier in a running process.
 *
 * <p>{@link #firstToken()} has one caller; {@link #firstTokenTwoCallers()} has two threads present a token to
 * the same cold verifier at once, which must still cost one fetch. Teardown of every iteration fails unless the
 * key set was fetched exactly once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 60)
@Threads(1)
public class ColdStartBenchmark {

  private LoopbackJwksServer server;
  private ExecutorService callers;
  private String[] tokens = new String[0];
  private int next;
  private @Nullable SessionVerifier verifier;

  /** Starts the key server and the two caller threads. */
  @Setup(Level.Trial)
  public void startServer() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    server = LoopbackJwksServer.start(fixture.jwks());
    tokens = fixture.tokens();
    callers = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "cold-start-caller");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Stops the key server and the caller threads. */
  @TearDown(Level.Trial)
  public void stopServer() {
    server.close();
    callers.shutdownNow();
  }

  /** Starts the iteration with a zero fetch count. */
  @Setup(Level.Iteration)
  public void resetCount() {
    server.resetFetches();
  }

  /** Closes the iteration's verifier and fails unless it fetched the key set exactly once. */
  @TearDown(Level.Iteration)
  public void closeVerifier() {
    if (verifier != null) {
      verifier.close();
      verifier = null;
    }
    if (server.fetches() != 1) {
      throw new IllegalStateException("a cold start fetched the key set " + server.fetches() + " times, not once");
    }
  }

  private SessionVerifier build() {
    SessionVerifier built = SessionVerifier.builder().jwksUrl(server.jwksUrl()).build();
    verifier = built;
    return built;
  }

  /** @return the first session a new verifier verifies */
  @Benchmark
  public Session firstToken() throws Exception {
    return build().verify(tokens[next++ & (tokens.length - 1)]);
  }

  /** @return the session the second caller got; both callers' tokens were verified by one cold verifier */
  @Benchmark
  public Session firstTokenTwoCallers() throws Exception {
    SessionVerifier cold = build();
    String first = tokens[next++ & (tokens.length - 1)];
    String second = tokens[next++ & (tokens.length - 1)];
    CountDownLatch start = new CountDownLatch(1);
    Future<Session> one = callers.submit(() -> {
      start.await();
      return cold.verify(first);
    });
    Future<Session> two = callers.submit(() -> {
      start.await();
      return cold.verify(second);
    });
    start.countDown();
    one.get(10, TimeUnit.SECONDS);
    return two.get(10, TimeUnit.SECONDS);
  }
}
