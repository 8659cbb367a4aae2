package dev.tollgate.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.tollgate.internal.HttpExchange.Failure;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpExchangeTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance()
      .options(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()).build();

  private static URI url() {
    return URI.create(SERVER.getRuntimeInfo().getHttpBaseUrl() + "/jwks");
  }

  private static void serve(int status, String body) {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
  }

  private static CompletableFuture<HttpResponse<CappedBody>> send(URI uri, Duration timeout) {
    return HttpExchange.send(CLIENT, HttpRequest.newBuilder(uri).GET().build(), 16, timeout);
  }

  private static Failure failureOf(CompletableFuture<HttpResponse<CappedBody>> exchange) {
    CompletionException failed = assertThrows(CompletionException.class, exchange::join);
    return HttpExchange.failure(failed);
  }

  @Test
  void sendWhenSuccessWithinTheCapThenUsableAnswer() {
    serve(200, "{\"keys\":[]}");

    HttpResponse<CappedBody> response = send(url(), Duration.ofSeconds(5)).join();

    assertNull(HttpExchange.failure(response), "a 2xx within the cap is no failure");
    assertEquals("{\"keys\":[]}", new String(response.body().bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void failureWhenStatusOutside2xxThenStatus() {
    serve(503, "busy");

    assertEquals(Failure.STATUS, HttpExchange.failure(send(url(), Duration.ofSeconds(5)).join()));
  }

  @Test
  void failureWhenBodyBeyondTheCapThenTooLarge() {
    serve(200, "x".repeat(17));

    assertEquals(Failure.TOO_LARGE, HttpExchange.failure(send(url(), Duration.ofSeconds(5)).join()));
  }

  @Test
  void failureWhenLongBodyCutAtTheCapOverHttp11ThenTooLargeEveryTime() {
    // Cutting a body races the client's own completion of the exchange; repeat so a lost race shows up.
    serve(200, "x".repeat(1 << 16));

    for (int attempt = 1; attempt <= 100; attempt++) {
      HttpResponse<CappedBody> response = send(url(), Duration.ofSeconds(5)).join();
      assertEquals(Failure.TOO_LARGE, HttpExchange.failure(response), "attempt " + attempt);
    }
  }

  @Test
  void failureWhenLongBodyCutAtTheCapOverHttp2ThenTooLargeEveryTime() throws Exception {
    // HTTP/2 is where cancelling inside the subscriber lost the race ("Stream N cancelled"). Over TLS (ALPN), as
    // Clerk serves it: the cleartext upgrade adds failures of its own. A connection per attempt: the server
    // refuses one (GOAWAY) on which streams are reset in quick succession.
    serve(200, "x".repeat(1 << 16));
    URI url = URI.create(SERVER.getRuntimeInfo().getHttpsBaseUrl() + "/jwks");

    for (int attempt = 1; attempt <= 100; attempt++) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(trustingAnyCert())
          .followRedirects(HttpClient.Redirect.NEVER).build();
      HttpResponse<CappedBody> response =
          HttpExchange.send(client, HttpRequest.newBuilder(url).GET().build(), 16, Duration.ofSeconds(5)).join();
      assertEquals(HttpClient.Version.HTTP_2, response.version(), "attempt " + attempt + ": protocol");
      assertEquals(Failure.TOO_LARGE, HttpExchange.failure(response), "attempt " + attempt);
    }
  }

  /** The test server's self-signed certificate, for this loopback test only. */
  private static SSLContext trustingAnyCert() throws Exception {
    X509ExtendedTrustManager any = new X509ExtendedTrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {any}, null);
    return context;
  }

  @Test
  void failureWhenDeclaredLengthBeyondTheCapThenTooLargeEveryTime() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(1 << 16))
        .withHeader("Content-Length", String.valueOf(1 << 16))));

    for (int attempt = 1; attempt <= 100; attempt++) {
      HttpResponse<CappedBody> response = send(url(), Duration.ofSeconds(5)).join();
      assertEquals(Failure.TOO_LARGE, HttpExchange.failure(response), "attempt " + attempt);
    }
  }

  @Test
  void failureWhenNoAnswerWithinTheTimeoutThenTimeout() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000)));

    assertEquals(Failure.TIMEOUT, failureOf(send(url(), Duration.ofMillis(200))));
  }

  @Test
  void failureWhenHeadersInTimeButBodyTooSlowThenTimeout() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"keys\":[]}")
        .withChunkedDribbleDelay(4, 2_000)));

    assertEquals(Failure.TIMEOUT, failureOf(send(url(), Duration.ofMillis(300))),
        "the timeout must bound the body, not only the headers");
  }

  @Test
  void failureWhenNobodyListensThenConnectFailed() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertEquals(Failure.CONNECT_FAILED,
        failureOf(send(URI.create("http://127.0.0.1:" + closedPort + "/jwks"), Duration.ofSeconds(5))));
  }

  @Test
  void failureWhenConnectionResetThenFailed() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertEquals(Failure.FAILED, failureOf(send(url(), Duration.ofSeconds(5))));
  }

  @Test
  void notSentWhenNoConnectionWasMadeThenTrueOnlyThen() {
    EnumSet<Failure> notSent = EnumSet.noneOf(Failure.class);
    for (Failure failure : Failure.values()) {
      if (failure.notSent()) {
        notSent.add(failure);
      }
    }

    assertEquals(EnumSet.of(Failure.NOT_STARTED, Failure.CONNECT_TIMEOUT, Failure.CONNECT_FAILED), notSent);
    assertFalse(Failure.TIMEOUT.notSent(), "after a timeout the request may have been received");
    assertTrue(Failure.CONNECT_TIMEOUT.notSent(), "a connect timeout sent nothing");
  }
}
