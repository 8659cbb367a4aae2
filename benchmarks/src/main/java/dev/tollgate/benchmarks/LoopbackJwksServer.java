package dev.tollgate.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one JWK Set at {@code http://127.0.0.1:<port>/.well-known/jwks.json} from the JDK's HTTP server and
 * counts the requests, so a benchmark can assert how many fetches a verifier made. Answers with
 * {@code Cache-Control: max-age=3600} so no scheduled refresh falls inside a run. Loopback only. Thread-safe.
 */
public final class LoopbackJwksServer implements AutoCloseable {

  /** The path the key set is served at. */
  public static final String PATH = "/.well-known/jwks.json";

  private final HttpServer server;
  private final byte[] body;
  private final AtomicInteger fetches = new AtomicInteger();

  private LoopbackJwksServer(HttpServer server, byte[] body) {
    this.server = server;
    this.body = body;
  }

  /**
   * Starts serving {@code jwks} on an ephemeral loopback port.
   *
   * @param jwks the JWK Set document
   */
  public static LoopbackJwksServer start(String jwks) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    LoopbackJwksServer jwksServer = new LoopbackJwksServer(server, jwks.getBytes(StandardCharsets.UTF_8));
    server.createContext(PATH, jwksServer::handle);
    server.start();
    return jwksServer;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      fetches.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** @return the URL of the key set */
  public URI jwksUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  /** @return how many times the key set was served since start or the last {@link #resetFetches()} */
  public int fetches() {
    return fetches.get();
  }

  /** Sets the fetch count back to zero. */
  public void resetFetches() {
    fetches.set(0);
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
