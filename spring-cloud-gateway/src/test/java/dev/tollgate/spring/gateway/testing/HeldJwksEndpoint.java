package dev.tollgate.spring.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JWK Set endpoint on loopback whose answers a test holds back: while it is {@linkplain #hold() held}, every
 * request waits (on the endpoint's own threads) until {@link #release()}, so a test can see which requests wait for
 * a key fetch and which are answered at once. It serves a JWK Set or fails with a status, and counts requests.
 */
public final class HeldJwksEndpoint implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile int status = 200;
  private volatile String jwks = "{\"keys\":[]}";

  private HeldJwksEndpoint(HttpServer server) {
    this.server = server;
  }

  /** @return a running endpoint answering an empty JWK Set */
  public static HeldJwksEndpoint start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      HeldJwksEndpoint endpoint = new HeldJwksEndpoint(server);
      server.createContext("/", endpoint::answer);
      server.setExecutor(endpoint.threads);
      server.start();
      return endpoint;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the endpoint's URL */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
  }

  /** @param jwksJson the JWK Set to serve from now on, with {@code Cache-Control: public, max-age=300} */
  public void serve(String jwksJson) {
    this.jwks = jwksJson;
    this.status = 200;
  }

  /** @param errorStatus the status to answer from now on, for example 503 */
  public void failWith(int errorStatus) {
    this.status = errorStatus;
  }

  /** Requests from now on wait until {@link #release()}. */
  public void hold() {
    gate = new CountDownLatch(1);
  }

  /** Answers the waiting requests and every later one at once. */
  public void release() {
    gate.countDown();
  }

  /** @return how many requests arrived, answered or waiting */
  public int requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try {
      if (!gate.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the endpoint");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    int answered = status;
    byte[] body = (answered == 200 ? jwks : "failing on purpose").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
    exchange.sendResponseHeaders(answered, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
