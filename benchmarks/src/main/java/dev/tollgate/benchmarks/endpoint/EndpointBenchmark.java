package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenCursor;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 5, end to end: the trivial endpoint of {@link EndpointServer} driven over loopback for the JMH
 * iteration time by a closed-loop load generator with a fixed connection count: each JMH thread owns one
 * {@link KeepAliveClient}, so 1 and 2 threads mean 1 and 2 connections, and ops/s is requests per second. Every
 * request carries {@code Authorization: Bearer <token>}, from the fresh pool ({@link #freshToken}) or the same
 * token every time ({@link #repeatedToken}), and must answer 200.
 *
 * <p>Subclasses decide what sits in front of the endpoint through {@link #install}; the endpoint, the client
 * and the tokens are the same for every subclass, so their figures compare directly.
 */
@State(Scope.Benchmark)
public abstract class EndpointBenchmark {

  private final Queue<KeepAliveClient> clients = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<KeepAliveClient> connection = new ThreadLocal<>();
  private EndpointServer server;
  private AutoCloseable installed = () -> { };
  private String repeated = "";

  /**
   * Adds what this leg puts in front of the endpoint (filters) to the context, before the server starts.
   *
   * @param context the servlet context of the endpoint
   * @param fixture the tokens the requests carry, and their key
   * @return what to close when the server stops
   */
  protected abstract AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) throws Exception;

  /** Starts the server and proves that a fresh and a repeated token both get 200. */
  @Setup
  public void startServer() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    repeated = fixture.repeatedToken();
    AutoCloseable[] resources = new AutoCloseable[1];
    server = EndpointServer.start(context -> {
      try {
        resources[0] = install(context, fixture);
      } catch (Exception failed) {
        throw new IllegalStateException("installing the endpoint's filters failed", failed);
      }
    });
    installed = resources[0];
    try (KeepAliveClient probe = KeepAliveClient.connect(server.port(), EndpointServer.PATH)) {
      requireOk(probe.get(fixture.tokens()[0]));
      requireOk(probe.get(repeated));
      checkInstalled(probe, fixture);
    } catch (IOException | RuntimeException failed) {
      stopServer();
      throw failed;
    }
  }

  /**
   * Proves that what {@link #install} put in front of the endpoint is really there; nothing by default.
   *
   * @param probe a connection to the endpoint
   * @param fixture the tokens
   * @throws IOException if the probe fails
   */
  protected void checkInstalled(KeepAliveClient probe, BenchmarkFixture fixture) throws IOException {
    // The baseline leg has nothing in front of the endpoint.
  }

  /** Closes every connection, the server and what {@link #install} returned. */
  @TearDown
  public void stopServer() throws Exception {
    for (KeepAliveClient client : clients) {
      client.close();
    }
    server.close();
    installed.close();
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
      client = KeepAliveClient.connect(server.port(), EndpointServer.PATH);
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
