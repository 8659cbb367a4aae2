package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenCursor;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The load side of the end-to-end scenarios: a closed-loop load generator with a fixed connection count against
 * a server on loopback. Each JMH thread owns one {@link KeepAliveClient}, so 1 and 2 threads mean 1 and 2
 * connections, and ops/s is requests per second. Every request carries {@code Authorization: Bearer <token>},
 * from the fresh pool ({@link #freshToken}) or the same token every time ({@link #repeatedToken}), and must
 * answer 200.
 *
 * <p>Subclasses start and stop the server in their own {@code @Setup} and {@code @TearDown}, calling
 * {@link #probe} once it runs and {@link #closeConnections} before it stops; the load is the same for every
 * subclass, so their figures compare directly.
 */
@State(Scope.Benchmark)
public abstract class KeepAliveLoad {

  private final Queue<KeepAliveClient> clients = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<KeepAliveClient> connection = new ThreadLocal<>();
  private String repeated = "";

  /** @return the loopback port of the running server */
  protected abstract int port();

  /** @return the path every request asks for */
  protected abstract String path();

  /**
   * Proves that a fresh and a repeated token both get 200, then {@link #checkInstalled}.
   *
   * @param fixture the tokens the requests carry
   * @throws IOException if a probe request fails
   * @throws IllegalStateException if an answer is not the one expected
   */
  protected final void probe(BenchmarkFixture fixture) throws IOException {
    repeated = fixture.repeatedToken();
    try (KeepAliveClient probe = KeepAliveClient.connect(port(), path())) {
      requireOk(probe.get(fixture.tokens()[0]));
      requireOk(probe.get(repeated));
      checkInstalled(probe, fixture);
    }
  }

  /**
   * Proves that what the leg put in front of the endpoint is really there; nothing by default.
   *
   * @param probe a connection to the endpoint
   * @param fixture the tokens
   * @throws IOException if the probe fails
   */
  protected void checkInstalled(KeepAliveClient probe, BenchmarkFixture fixture) throws IOException {
    // A baseline leg has nothing in front of the endpoint.
  }

  /**
   * For {@link #checkInstalled}: requires that a token with a flipped signature bit is refused with 401.
   *
   * @param probe a connection to the endpoint
   * @param fixture the tokens
   * @param guard what must be in the path, for the message, for example {@code "the filter"}
   * @throws IOException if the probe fails
   * @throws IllegalStateException if the answer is not 401
   */
  protected static void requireRefusesTamperedToken(KeepAliveClient probe, BenchmarkFixture fixture, String guard)
      throws IOException {
    int status = probe.get(fixture.tamperedSignatureToken());
    if (status != 401) {
      throw new IllegalStateException("a tampered token got " + status + ", not 401: " + guard + " is not in the path");
    }
  }

  /** Closes every load connection. */
  protected final void closeConnections() throws IOException {
    for (KeepAliveClient client : clients) {
      client.close();
    }
    clients.clear();
  }

  /** @return the status, 200 (anything else fails the benchmark) */
  @Benchmark
  public int freshToken(TokenCursor tokens) throws IOException {
    return requireOk(connection().get(tokens.next()));
  }

  /** @return the status, 200 (anything else fails the benchmark) */
  @Benchmark
  public int repeatedToken() throws IOException {
    return requireOk(connection().get(repeated));
  }

  private KeepAliveClient connection() throws IOException {
    KeepAliveClient client = connection.get();
    if (client == null) {
      client = KeepAliveClient.connect(port(), path());
      clients.add(client);
      connection.set(client);
    }
    return client;
  }

  private static int requireOk(int status) {
    if (status != 200) {
      throw new IllegalStateException("the endpoint answered " + status + ", not 200");
    }
    return status;
  }
}
