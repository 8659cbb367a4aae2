package dev.tollgate.benchmarks.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty 12 (EE 10) on an ephemeral loopback port with one trivial endpoint, {@value #PATH}, that
 * answers {@code 200 ok} with a fixed {@code Content-Length}. A customizer may add filters to the context
 * before the server starts; the endpoint stays the same. Thread-safe.
 */
public final class EndpointServer implements AutoCloseable {

  /** The endpoint's path. */
  public static final String PATH = "/hello";

  private static final byte[] BODY = "ok".getBytes(StandardCharsets.US_ASCII);

  private final Server server;
  private final int port;

  private EndpointServer(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts the server.
   *
   * @param customizer adds filters (or nothing) to the servlet context before start
   */
  public static EndpointServer start(Consumer<ServletContextHandler> customizer) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new HelloServlet()), PATH);
    customizer.accept(context);
    server.setHandler(context);
    server.start();
    return new EndpointServer(server, connector.getLocalPort());
  }

  /** @return the loopback port the server listens on */
  public int port() {
    return port;
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (Exception failed) {
      throw new IllegalStateException("stopping the endpoint server failed", failed);
    }
  }

  /** The endpoint: {@code 200 ok}, nothing else. */
  static final class HelloServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/plain");
      response.setContentLength(BODY.length);
      response.getOutputStream().write(BODY);
    }
  }
}
