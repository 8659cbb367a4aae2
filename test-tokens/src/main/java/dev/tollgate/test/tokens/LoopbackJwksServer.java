package dev.tollgate.test.tokens;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JWK Set endpoint on a loopback address, at {@value #PATH} as Clerk's Frontend API serves it, for tests: it
 * publishes the keys it is given, can switch to other keys (rotation) or to failing ({@link #failWith(int)}, for
 * "keys unavailable" tests) while running, and counts the requests it answers. It binds to loopback only and
 * refuses to start on any other address, so a test never publishes keys to the network.
 *
 * <p>Thread-safe. {@link #close()} stops it; a closed server cannot be restarted.
 */
public final class LoopbackJwksServer implements AutoCloseable {

  /** Path of the JWK Set: {@value}. */
  public static final String PATH = "/.well-known/jwks.json";
  /** {@code Cache-Control} of a JWK Set answer: {@value}, what Clerk's Frontend API sends. */
  public static final String CACHE_CONTROL = "public, max-age=300";

  private final HttpServer server;
  private final ExecutorService executor;
  private volatile Answer answer;
  private final AtomicInteger requests = new AtomicInteger();

  private record Answer(int status, String body) {}

  private LoopbackJwksServer(HttpServer server, ExecutorService executor, Answer first) {
    this.server = server;
    this.executor = executor;
    this.answer = first;
  }

  /**
   * @param keys the keys to publish
   * @return a running server on {@code 127.0.0.1} and a free port
   */
  public static LoopbackJwksServer start(List<SigningKey> keys) {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), keys);
  }

  /**
   * @param address a loopback address and port (0 for a free one)
   * @param keys the keys to publish
   * @return the running server
   * @throws IllegalArgumentException if the address is not a loopback address
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static LoopbackJwksServer start(InetSocketAddress address, List<SigningKey> keys) {
    if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
      throw new IllegalArgumentException("a test JWKS server binds to a loopback address only, not " + address);
    }
    String jwks = SigningKey.jwks(keys);
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the test JWKS server to " + address, e);
    }
    ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "tollgate-test-jwks");
      thread.setDaemon(true);
      return thread;
    });
    LoopbackJwksServer jwksServer = new LoopbackJwksServer(server, executor, new Answer(200, jwks));
    server.createContext("/", jwksServer::handle);
    server.setExecutor(executor);
    server.start();
    return jwksServer;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      boolean get = exchange.getRequestMethod().equals("GET");
      if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()
          || !exchange.getRequestURI().getPath().equals(PATH)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!get) {
        exchange.getResponseHeaders().set("Allow", "GET");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      requests.incrementAndGet();
      Answer current = answer;
      byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", current.status() == 200 ? "application/json" : "text/plain");
      if (current.status() == 200) {
        exchange.getResponseHeaders().set("Cache-Control", CACHE_CONTROL);
      }
      exchange.sendResponseHeaders(current.status(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** @return {@code http://127.0.0.1:<port>/.well-known/jwks.json} */
  public URI url() {
    return URI.create(baseUrl() + PATH);
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public URI baseUrl() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
  }

  /** @param keys the keys to publish from the next request on (a key rotation) */
  public void publish(List<SigningKey> keys) {
    answer = new Answer(200, SigningKey.jwks(keys));
  }

  /**
   * Answers every request with this status and no keys until {@link #publish} is called again.
   *
   * @param status an HTTP status from 400 to 599, for example 503
   */
  public void failWith(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status, 400 to 599");
    }
    answer = new Answer(status, "test JWKS endpoint failing on purpose");
  }

  /** @return how many JWK Set requests were answered (successes and failures) */
  public int requests() {
    return requests.get();
  }

  /** Stops serving at once. Idempotent. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "LoopbackJwksServer[" + url() + "]";
  }
}
