package dev.tollgate.benchmarks.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The service behind the gateway, the same for every leg: the JDK's HTTP server on an ephemeral loopback port,
 * answering every request 200 with the {@value #USER_ID_HEADER} header it received as its body ({@value #ANONYMOUS}
 * without one), so a test can see what the gateway forwarded while the load pays for one header lookup. The
 * gateway keeps its connections to it open. Thread-safe.
 */
public final class Upstream implements AutoCloseable {

  /** The identity header whose value the upstream answers. */
  public static final String USER_ID_HEADER = "X-Clerk-User-Id";
  /** The body when the request carried no {@value #USER_ID_HEADER}. */
  public static final String ANONYMOUS = "anonymous";

  private final HttpServer server;
  private final ExecutorService handlers;

  private Upstream(HttpServer server, ExecutorService handlers) {
    this.server = server;
    this.handlers = handlers;
  }

  /**
   * Starts the upstream.
   *
   * @return the running upstream
   * @throws IOException if no loopback port can be bound
   */
  public static Upstream start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService handlers = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "upstream");
      thread.setDaemon(true);
      return thread;
    });
    server.createContext("/", Upstream::answer);
    server.setExecutor(handlers);
    server.start();
    return new Upstream(server, handlers);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String userId = exchange.getRequestHeaders().getFirst(USER_ID_HEADER);
      byte[] body = (userId == null ? ANONYMOUS : userId).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** @return {@code http://127.0.0.1:<port>}, the route's target */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Stops the upstream at once. */
  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
