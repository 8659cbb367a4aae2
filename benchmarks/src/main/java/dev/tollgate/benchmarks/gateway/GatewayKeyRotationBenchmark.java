package dev.tollgate.benchmarks.gateway;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.LoopbackJwksServer;
import dev.tollgate.benchmarks.TokenCursor;
import dev.tollgate.benchmarks.TokenMinter;
import dev.tollgate.benchmarks.endpoint.KeepAliveClient;
import dev.tollgate.benchmarks.spring.SpringAppBenchmark;
import dev.tollgate.benchmarks.spring.TollgateStarterBenchmark;
import dev.tollgate.test.tokens.SigningKey;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 8's key-rotation leg: the latency of Tollgate's gateway for requests whose key is loaded while a key
 * fetch for another request is in flight, the fetch held {@link #HOLD} by the key endpoint.
 *
 * <p>Each iteration starts a new gateway ({@link TollgateGatewayApp}, the route of {@link TollgateGatewayBenchmark})
 * whose first key set, the fixture's key, is loaded at startup. Then the key set rotates: the JWKS now also holds a
 * second key, {@value #ROTATED_KID}, and every answer of the key endpoint is held {@link #HOLD}. One request signed
 * with the new key goes through the gateway on a thread of its own; its kid is unknown, so the gateway fetches the
 * key set and that request waits for it. The iteration starts measuring once the fetch has reached the key endpoint.
 * Meanwhile each JMH thread sends fresh pool tokens of the first key on its own keep-alive connection (a cache of
 * {@value TollgateStarterBenchmark#CACHE_SIZE} entries, as in {@link TollgateGatewayBenchmark}, so each is verified),
 * and JMH samples their latency ({@link Mode#SampleTime}; the figure is the 99th percentile). A new gateway per
 * iteration is needed because an unknown kid triggers at most one fetch per refetch cooldown (30 s).
 *
 * <p>Every iteration fails unless the rotated request was still waiting when the iteration ended (so every sample
 * was taken while the fetch was in flight: iterations must be shorter than {@link #HOLD}), then answered 200 (the
 * new key was loaded), with exactly one fetch of the key set after the rotation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Threads(1)
@Fork(jvmArgsAppend = GatewayBenchmark.NO_DELAY)
public class GatewayKeyRotationBenchmark {

  /** How long the key endpoint holds each answer after the rotation: 2 s. */
  public static final Duration HOLD = Duration.ofSeconds(2);
  /** The kid of the key the set rotates to. */
  public static final String ROTATED_KID = "ins_2bench0rsa2048next";

  private static final Duration FETCH_START_TIMEOUT = Duration.ofSeconds(10);

  private final Queue<KeepAliveClient> clients = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<@Nullable Connection> connection = new ThreadLocal<>();
  private BenchmarkFixture fixture = BenchmarkFixture.shared();
  private @Nullable Upstream upstream;
  private @Nullable LoopbackJwksServer jwks;
  private @Nullable ExecutorService rotator;
  private @Nullable ConfigurableApplicationContext app;
  private @Nullable Future<Integer> rotation;
  private String rotatedJwks = "";
  private String rotatedToken = "";
  private Duration hold = HOLD;
  private volatile int port;
  /** Counts the gateways started, so a thread's connection to the previous one is replaced. */
  private final AtomicInteger gateway = new AtomicInteger();

  /** A JMH thread's connection, and to which gateway. */
  private record Connection(KeepAliveClient client, int gateway) {}

  /** Starts the upstream and the key endpoint, and makes the key the set rotates to. */
  @Setup(Level.Trial)
  public void startPeers() throws IOException {
    fixture = BenchmarkFixture.shared();
    upstream = Upstream.start();
    jwks = LoopbackJwksServer.start(fixture.jwks());
    SigningKey next = SigningKey.generate(ROTATED_KID);
    rotatedToken = new TokenMinter(next, new SecureRandom()).mint(Instant.now().minusSeconds(1),
        BenchmarkFixture.LIFETIME);
    rotatedJwks = bothKeys(fixture.jwks(), next.jwks());
    rotator = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "rotated-kid-request");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Stops the upstream, the key endpoint and the rotating request's thread. */
  @TearDown(Level.Trial)
  public void stopPeers() {
    if (rotator != null) {
      rotator.shutdownNow();
      rotator = null;
    }
    if (jwks != null) {
      jwks.close();
      jwks = null;
    }
    if (upstream != null) {
      upstream.close();
      upstream = null;
    }
  }

  /**
   * Starts a new gateway with the first key set loaded, rotates the set and sends the request that needs the new key;
   * returns once its key fetch has reached the key endpoint.
   *
   * @throws IOException if a probe fails
   * @throws IllegalStateException if the gateway answers a probe wrongly or the fetch does not start
   */
  @Setup(Level.Iteration)
  public void startGatewayAndRotate() throws IOException {
    LoopbackJwksServer keys = required(jwks);
    keys.publish(fixture.jwks(), Duration.ZERO);
    List<String> properties = new ArrayList<>(GatewayBenchmark.route(required(upstream).baseUrl(),
        List.of(TollgateGatewayBenchmark.FILTER)));
    properties.addAll(TollgateGatewayBenchmark.properties(keys.jwksUrl(), TollgateStarterBenchmark.CACHE_SIZE));
    ConfigurableApplicationContext started = SpringAppBenchmark.start(TollgateGatewayApp.class,
        WebApplicationType.REACTIVE, properties);
    app = started;
    port = SpringAppBenchmark.localPort(started);
    gateway.incrementAndGet();
    try (KeepAliveClient probe = KeepAliveClient.connect(port, GatewayBenchmark.PATH)) {
      requireStatus(200, probe.get(fixture.tokens()[0]), "a token of the loaded key");
      // An expired token has a good signature, so refusing it triggers no key fetch.
      requireStatus(401, probe.get(fixture.expiredToken()), "an expired token (is the filter in the path?)");
    }
    keys.resetFetches();
    keys.publish(rotatedJwks, hold);
    int gatewayPort = port;
    String token = rotatedToken;
    rotation = required(rotator).submit(() -> {
      try (KeepAliveClient rotated = KeepAliveClient.connect(gatewayPort, GatewayBenchmark.PATH)) {
        return rotated.get(token);
      }
    });
    long deadline = System.nanoTime() + FETCH_START_TIMEOUT.toNanos();
    while (keys.fetches() == 0) {
      if (System.nanoTime() > deadline || required(rotation).isDone()) {
        throw new IllegalStateException("the token of the rotated key started no key fetch");
      }
      LockSupport.parkNanos(100_000);
    }
  }

  /**
   * Checks the iteration (see the class) and stops its gateway.
   *
   * @throws Exception if the rotated request failed
   * @throws IllegalStateException if a check fails
   */
  @TearDown(Level.Iteration)
  public void checkRotationAndStopGateway() throws Exception {
    try {
      Future<Integer> rotated = required(rotation);
      boolean inFlight = !rotated.isDone();
      int status = rotated.get(hold.toMillis() + FETCH_START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!inFlight) {
        throw new IllegalStateException("the key fetch ended before the iteration did: make iterations shorter than "
            + hold.toMillis() + " ms");
      }
      requireStatus(200, status, "the token of the rotated key, once its key set arrived");
      int fetches = required(jwks).fetches();
      if (fetches != 1) {
        throw new IllegalStateException("the rotation cost " + fetches + " key fetches, not one");
      }
    } finally {
      for (KeepAliveClient client : clients) {
        client.close();
      }
      clients.clear();
      if (app != null) {
        app.close();
        app = null;
      }
      rotation = null;
    }
  }

  /**
   * @param tokens this thread's walk through the fresh pool, all signed with the loaded key
   * @return the status, 200 (anything else fails the benchmark)
   */
  @Benchmark
  public int knownKid(TokenCursor tokens) throws IOException {
    return requireStatus(200, connection().get(tokens.next()), "a token of the loaded key");
  }

  /** For tests: how long the key endpoint holds its answers after the rotation. */
  void hold(Duration held) {
    this.hold = held;
  }

  /** For tests: the request that needs the rotated key, while an iteration runs. */
  Future<Integer> rotation() {
    return required(rotation);
  }

  private KeepAliveClient connection() throws IOException {
    Connection current = connection.get();
    if (current == null || current.gateway() != gateway.get()) {
      current = new Connection(KeepAliveClient.connect(port, GatewayBenchmark.PATH), gateway.get());
      clients.add(current.client());
      connection.set(current);
    }
    return current.client();
  }

  /** @return the JWK Set holding the keys of both documents, the first one's first */
  static String bothKeys(String first, String second) {
    int end = first.lastIndexOf(']');
    int start = second.indexOf('[');
    if (end < 0 || start < 0 || first.charAt(end - 1) == '[') {
      throw new IllegalArgumentException("not a JWK Set document");
    }
    return first.substring(0, end) + "," + second.substring(start + 1);
  }

  private static int requireStatus(int expected, int status, String what) {
    if (status != expected) {
      throw new IllegalStateException(what + " got " + status + ", not " + expected);
    }
    return status;
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the trial is not set up");
    }
    return value;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
