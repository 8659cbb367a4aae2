package dev.tollgate.examples.support;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An embedded Jetty 12 server bound to {@value #HOST} only, so nothing the examples start is reachable from
 * another machine. Small thread pool, one acceptor and one selector: sized for a laptop or a 2-core CI box.
 *
 * <p>Two steps, so a handler can know its own URL: {@link #bind(String, int)} opens the port, then
 * {@link #start(Handler)} serves. Thread-safe.
 */
public final class LoopbackServer implements AutoCloseable {

  /** The only address the examples listen on: {@value}. */
  public static final String HOST = "127.0.0.1";

  /** Most threads per server: {@value}. */
  public static final int MAX_THREADS = 32;

  private final String name;
  private final Server server;
  private final URI baseUrl;

  private LoopbackServer(String name, Server server, int port) {
    this.name = name;
    this.server = server;
    this.baseUrl = URI.create("http://" + HOST + ":" + port);
  }

  /**
   * Opens a port; nothing is served until {@link #start(Handler)}.
   *
   * @param name names the threads and the command-line option in errors, for example {@code "issuer"}
   * @param port the port, or 0 for a free one
   * @return the bound server
   * @throws IOException if the port is taken (the message names the option that changes it)
   */
  public static LoopbackServer bind(String name, int port) throws IOException {
    Objects.requireNonNull(name, "name");
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName(name);
    Server server = new Server(threads);
    server.setStopAtShutdown(false);
    server.setStopTimeout(0);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);
    try {
      connector.open();
    } catch (IOException failed) {
      if (failed instanceof BindException || failed.getCause() instanceof BindException) {
        throw new IOException("port " + port + " on " + HOST + " is in use; choose another with --" + name
            + "-port", failed);
      }
      throw failed;
    }
    return new LoopbackServer(name, server, connector.getLocalPort());
  }

  /**
   * Starts serving.
   *
   * @param handler the handler
   * @return this server
   * @throws IOException if the server does not start
   */
  public LoopbackServer start(Handler handler) throws IOException {
    server.setHandler(Objects.requireNonNull(handler, "handler"));
    try {
      server.start();
    } catch (Exception failed) {
      close();
      throw new IOException(name + " did not start", failed);
    }
    return this;
  }

  /** @return {@code http://127.0.0.1:<port>}, without a trailing slash */
  public URI baseUrl() {
    return baseUrl;
  }

  /** @return the bound port */
  public int port() {
    return baseUrl.getPort();
  }

  /** Stops the server and frees the port; idempotent. */
  @Override
  public void close() {
    try {
      server.stop();
      for (var connector : server.getConnectors()) {
        if (connector instanceof ServerConnector) {
          ((ServerConnector) connector).close();
        }
      }
    } catch (Exception ignored) {
      // Stopping is best effort: the process is shutting down or the test is over.
    }
  }
}
