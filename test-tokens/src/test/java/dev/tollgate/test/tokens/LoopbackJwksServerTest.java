package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopbackJwksServerTest {

  private static final SigningKey FIRST = SigningKey.generate("ins_test_first");
  private static final SigningKey SECOND = SigningKey.generate("ins_test_second");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LoopbackJwksServer server;

  @BeforeEach
  void start() {
    server = LoopbackJwksServer.start(List.of(FIRST));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, URI uri) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get() throws Exception {
    return send("GET", server.url());
  }

  @Test
  void startWhenDefaultThenBoundTo127001AndTheUrlIsTheWellKnownPath() {
    URI url = server.url();

    assertEquals("127.0.0.1", url.getHost(), "host");
    assertTrue(url.getPort() > 0, "port " + url.getPort());
    assertEquals("/.well-known/jwks.json", url.getPath(), "path");
    assertEquals(URI.create("http://127.0.0.1:" + url.getPort()), server.baseUrl(), "base URL");
  }

  @Test
  void getWhenRunningThenTheJwksAsJsonWithCacheControl() throws Exception {
    HttpResponse<String> response = get();

    assertEquals(200, response.statusCode(), "status");
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"), "Content-Type");
    assertEquals(Optional.of("public, max-age=300"), response.headers().firstValue("Cache-Control"),
        "Cache-Control");
    assertEquals(FIRST.jwks(), response.body(), "body");
  }

  @Test
  void startWhenAddressIsNotLoopbackThenRefusedBeforeBinding() throws Exception {
    // The port is taken: were the server to bind before checking, it would fail with UncheckedIOException instead.
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      int port = taken.getLocalPort();
      for (InetSocketAddress address : List.of(new InetSocketAddress("0.0.0.0", port),
          new InetSocketAddress("10.1.2.3", port), InetSocketAddress.createUnresolved("localhost", port))) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> LoopbackJwksServer.start(address, List.of(FIRST)), address.toString());
        assertTrue(refused.getMessage().startsWith("a test JWKS server binds to a loopback address only"),
            "message " + refused.getMessage());
      }
    }
  }

  @Test
  void startWhenLoopbackPortIsTakenThenUncheckedIo() throws Exception {
    InetSocketAddress taken = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.url().getPort());

    assertThrows(UncheckedIOException.class, () -> LoopbackJwksServer.start(taken, List.of(FIRST)), "taken port");
  }

  @Test
  void getWhenOtherPathThenNotFoundAndNotCounted() throws Exception {
    for (String path : List.of("/", "/jwks.json", "/.well-known/jwks.json/more", "/.well-known/openid-configuration",
        "/.WELL-KNOWN/jwks.json")) {
      assertEquals(404, send("GET", server.baseUrl().resolve(path)).statusCode(), "status of " + path);
    }
    assertEquals(0, server.requests(), "requests counted");
  }

  @Test
  void requestWhenNotGetThenMethodNotAllowedWithAllowAndNotCounted() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "HEAD")) {
      HttpResponse<String> response = send(method, server.url());

      assertEquals(405, response.statusCode(), "status of " + method);
      assertEquals(Optional.of("GET"), response.headers().firstValue("Allow"), "Allow after " + method);
    }
    assertEquals(0, server.requests(), "requests counted");
  }

  @Test
  void publishWhenOtherKeysThenTheNextGetServesThem() throws Exception {
    server.publish(List.of(SECOND, FIRST));

    assertEquals(SigningKey.jwks(List.of(SECOND, FIRST)), get().body(), "body after publish");
  }

  @Test
  void failWithWhenErrorStatusThenEveryGetFailsUntilPublish() throws Exception {
    server.failWith(503);

    HttpResponse<String> failing = get();
    assertEquals(503, failing.statusCode(), "status while failing");
    assertEquals(Optional.of("text/plain"), failing.headers().firstValue("Content-Type"), "Content-Type");
    assertEquals(Optional.empty(), failing.headers().firstValue("Cache-Control"), "Cache-Control while failing");
    assertEquals(503, get().statusCode(), "status of a second request while failing");

    server.publish(List.of(SECOND));

    HttpResponse<String> back = get();
    assertEquals(200, back.statusCode(), "status after publish");
    assertEquals(SECOND.jwks(), back.body(), "body after publish");
  }

  @Test
  void failWithWhenStatusIsNoErrorThenRefused() {
    for (int status : new int[] {100, 200, 204, 302, 399, 600}) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> server.failWith(status),
          "status " + status);
      assertEquals("status must be an error status, 400 to 599", refused.getMessage(), "message for " + status);
    }
    assertDoesNotThrow(() -> server.failWith(400), "400");
    assertDoesNotThrow(() -> server.failWith(599), "599");
  }

  @Test
  void requestsWhenJwksAnsweredThenCountedSuccessesAndFailures() throws Exception {
    get();
    get();
    server.failWith(500);
    get();

    assertEquals(3, server.requests(), "requests");
  }

  @Test
  void closeWhenCalledTwiceThenNoErrorAndThePortRefusesConnections() throws Exception {
    int port = server.url().getPort();
    get();

    server.close();
    assertDoesNotThrow(server::close, "second close");

    assertThrows(ConnectException.class, () -> {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        throw new AssertionError("connected to the closed server's port " + port + " from " + socket);
      }
    }, "connecting after close");
    assertThrows(IOException.class, this::get, "GET after close");
  }

  @Test
  void toStringWhenRunningThenNamesTheUrl() {
    assertEquals("LoopbackJwksServer[" + server.url() + "]", server.toString(), "toString");
  }

  @Test
  void toStringWhenClosedThenStillNamesTheUrl() {
    String running = server.toString();
    server.close();

    assertEquals(running, server.toString(), "toString after close");
  }
}
