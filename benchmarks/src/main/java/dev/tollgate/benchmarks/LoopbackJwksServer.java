package dev.tollgate.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one JWK Set at {@code http://127.0.0.1:<port>/.well-known/jwks.json} from the JDK's HTTP server and
 * counts the requests, so a benchmark can assert how many fetches a verifier made. Answers with
 * {@code Cache-Control: max-age=3600} so no scheduled refresh falls inside a run. {@link #publish} replaces the set
 * and can hold every later answer for a while, as a slow key endpoint would; each request is answered on a thread
 * of its own, so a held answer delays no other. Loopback only. Thread-safe.
 */
public final class LoopbackJwksServer implements AutoCloseable {

  /** The path the key set is served at. */
  public static final String PATH = "/.well-known/jwks.json";

  private final HttpServer server;
  private final ExecutorService handlers;
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile Published published;

  /** What is served, and how long each answer is held back. */
  private record Published(byte[] body, Duration delay) {}

  private LoopbackJwksServer(HttpServer server, ExecutorService handlers, byte[] body) {
    this.server = server;
    this.handlers = handlers;
    this.published = new Published(body, Duration.ZERO);
  }

  /**
   * Starts serving {@code jwks} on an ephemeral loopback port.
   *
   * @param jwks the JWK Set document
   */
  public static LoopbackJwksServer start(String jwks) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "loopback-jwks");
      thread.setDaemon(true);
      return thread;
    });
    LoopbackJwksServer jwksServer = new LoopbackJwksServer(server, handlers, jwks.getBytes(StandardCharsets.UTF_8));
    server.createContext(PATH, jwksServer::handle);
    server.setExecutor(handlers);
    server.start();
    return jwksServer;
  }

  /**
   * Serves another key set from now on, each answer sent {@code delay} after its request arrived (counted on
   * arrival, so {@link #fetches()} shows a fetch still in flight).
   *
   * @param jwks the JWK Set document
   * @param delay how long to hold each answer; zero answers at once
   */
  public void publish(String jwks, Duration delay) {
    published = new Published(jwks.getBytes(StandardCharsets.UTF_8), delay);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      fetches.incrementAndGet();
      Published answer = published;
      if (!answer.delay().isZero()) {
        try {
          TimeUnit.NANOSECONDS.sleep(answer.delay().toNanos());
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] body = answer.body();
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
    handlers.shutdownNow();
  }
}
