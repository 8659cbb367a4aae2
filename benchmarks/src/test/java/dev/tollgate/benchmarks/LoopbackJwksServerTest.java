package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopbackJwksServerTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void getWhenJwksPathThenServedAndCounted() throws Exception {
    try (LoopbackJwksServer server = LoopbackJwksServer.start("{\"keys\":[]}")) {
      HttpResponse<String> response = get(server.jwksUrl());
      assertEquals(200, response.statusCode());
      assertEquals("{\"keys\":[]}", response.body());
      assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElseThrow());
      assertEquals(1, server.fetches());
      get(server.jwksUrl());
      assertEquals(2, server.fetches());
      server.resetFetches();
      assertEquals(0, server.fetches());
    }
  }

  @Test
  void getWhenPublishedWithDelayThenTheNewSetAfterTheDelayCountedOnArrival() throws Exception {
    try (LoopbackJwksServer server = LoopbackJwksServer.start("{\"keys\":[]}")) {
      server.publish("{\"keys\":[{}]}", Duration.ofMillis(300));
      long started = System.nanoTime();
      CompletableFuture<HttpResponse<String>> held = client.sendAsync(HttpRequest.newBuilder(server.jwksUrl()).build(),
          HttpResponse.BodyHandlers.ofString());
      while (server.fetches() == 0 && !held.isDone()) {
        Thread.onSpinWait();
      }
      assertFalse(held.isDone(), "the answer came before the delay");
      assertEquals(1, server.fetches(), "a held fetch is counted on arrival");
      HttpResponse<String> response = held.get(5, TimeUnit.SECONDS);
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertEquals("{\"keys\":[{}]}", response.body(), "the published set");
      assertTrue(tookMillis >= 300, "answered after " + tookMillis + " ms, before the 300 ms delay");
    }
  }

  @Test
  void getWhenOtherPathThenNotFoundAndNotCounted() throws Exception {
    try (LoopbackJwksServer server = LoopbackJwksServer.start("{\"keys\":[]}")) {
      assertTrue(server.jwksUrl().getHost().equals("127.0.0.1"));
      assertEquals(404, get(server.jwksUrl().resolve("/.well-known/jwks.json.bak")).statusCode());
      assertEquals(0, server.fetches());
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
