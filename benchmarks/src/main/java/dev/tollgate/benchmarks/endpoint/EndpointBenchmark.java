package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.benchmarks.BenchmarkFixture;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 5, end to end: the trivial endpoint of {@link EndpointServer} under the keep-alive load of
 * {@link KeepAliveLoad} for the JMH iteration time.
 *
 * <p>Subclasses decide what sits in front of the endpoint through {@link #install}; the endpoint, the client
 * and the tokens are the same for every subclass, so their figures compare directly.
 */
public abstract class EndpointBenchmark extends KeepAliveLoad {

  private EndpointServer server;
  private AutoCloseable installed = () -> { };

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
    AutoCloseable[] resources = new AutoCloseable[1];
    server = EndpointServer.start(context -> {
      try {
        resources[0] = install(context, fixture);
      } catch (Exception failed) {
        throw new IllegalStateException("installing the endpoint's filters failed", failed);
      }
    });
    installed = resources[0];
    try {
      probe(fixture);
    } catch (IOException | RuntimeException failed) {
      stopServer();
      throw failed;
    }
  }

  /** Closes every connection, the server and what {@link #install} returned. */
  @TearDown
  public void stopServer() throws Exception {
    closeConnections();
    server.close();
    installed.close();
  }

  @Override
  protected int port() {
    return server.port();
  }

  @Override
  protected String path() {
    return EndpointServer.PATH;
  }
}
