package dev.tollgate.internal.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeyFetchFailure.Kind;
import dev.tollgate.testing.JwksServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwksFetcherTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static JwksServer server;

  @BeforeAll
  static void start() {
    server = new JwksServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static JwksFetcher fetcher(String bearer, Duration timeout) {
    return new JwksFetcher(CLIENT, server.url(), bearer, timeout, 1024);
  }

  private static KeyFetchFailure failure(JwksFetcher fetcher) {
    CompletionException error = assertThrows(CompletionException.class, () -> fetcher.fetch().join());
    assertTrue(error.getCause() instanceof KeySetException, String.valueOf(error.getCause()));
    return ((KeySetException) error.getCause()).failure();
  }

  @Test
  void closeWhenTheClientWasPassedInThenTheClientIsLeftOpenAndLaterFetchesAnswerClosed() throws Exception {
    server.serve("{}");
    JwksFetcher closing = fetcher(null, Duration.ofSeconds(2));
    closing.fetch().join();

    closing.close();

    assertEquals(Kind.CLOSED, failure(closing).kind());
    assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), fetcher(null, Duration.ofSeconds(2)).fetch().join().body(),
        "the application's client still works");
  }

  @Test
  void closeWhenTheFetcherCreatedItsClientThenItsWorkerThreadsStop() throws Exception {
    server.serve("{}");
    JwksFetcher own = JwksFetcher.withOwnClient(server.url(), null, Duration.ofSeconds(10), 1024,
        Duration.ofSeconds(10));
    own.fetch().join();
    List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("tollgate-keys-http-")).collect(Collectors.toList());
    assertFalse(workers.isEmpty(), "the client ran its work on threads of its own");

    own.close();

    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(5));
    }
    assertEquals(List.of(), workers.stream().filter(Thread::isAlive).map(Thread::getName).collect(Collectors.toList()));
    assertEquals(Kind.CLOSED, failure(own).kind());
  }

  @Test
  void fetchWhenEndpointAnswersThenBodyAndMaxAge() {
    server.answer(aResponse().withStatus(200).withHeader("Cache-Control", "max-age=120").withBody("{\"keys\":[]}"));

    JwksFetcher.Response response = fetcher(null, Duration.ofSeconds(2)).fetch().join();

    assertArrayEquals("{\"keys\":[]}".getBytes(StandardCharsets.UTF_8), response.body());
    assertEquals(OptionalLong.of(120), response.maxAgeSeconds());
    server.wireMock().verify(getRequestedFor(urlPathEqualTo(JwksServer.PATH))
        .withHeader("Authorization", absent()).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void fetchWhenBearerIsGivenThenSentAsAuthorization() {
    server.serve("{}");

    fetcher("sk_test_abc", Duration.ofSeconds(2)).fetch().join();

    server.wireMock().verify(getRequestedFor(urlPathEqualTo(JwksServer.PATH))
        .withHeader("Authorization", equalTo("Bearer sk_test_abc")));
  }

  @Test
  void fetchWhenUnauthorizedThenSaysSecretKeyWithoutEchoingIt() {
    server.serve(401, "{\"errors\":[{\"code\":\"clerk_key_invalid\"}]}");

    KeyFetchFailure failure = failure(fetcher("sk_test_abc", Duration.ofSeconds(2)));

    assertEquals(Kind.UNAUTHORIZED, failure.kind());
    assertEquals(OptionalLong.of(401).getAsLong(), failure.httpStatus().getAsInt());
    assertTrue(failure.message().contains("rejected the secret key"), failure.message());
    assertFalse(failure.message().contains("sk_test_abc"));
  }

  @Test
  void fetchWhenRedirectedThenNotFollowed() {
    server.answer(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:1/evil.json"));

    KeyFetchFailure failure = failure(fetcher(null, Duration.ofSeconds(2)));

    assertEquals(Kind.HTTP_ERROR, failure.kind());
    assertEquals(302, failure.httpStatus().getAsInt());
  }

  @Test
  void fetchWhenBodyExceedsCapThenTooLargeWhetherDeclaredOrStreamed() {
    server.serve(200, "x".repeat(1025));
    assertEquals(Kind.RESPONSE_TOO_LARGE, failure(fetcher(null, Duration.ofSeconds(2))).kind());

    server.answer(aResponse().withStatus(200).withBody("y".repeat(5000)).withChunkedDribbleDelay(5, 50));
    assertEquals(Kind.RESPONSE_TOO_LARGE, failure(fetcher(null, Duration.ofSeconds(2))).kind());
  }

  @Test
  void fetchWhenEndpointIsSlowerThanTimeoutThenTimeout() {
    server.answer(aResponse().withStatus(200).withBody("{}").withFixedDelay(2000));

    KeyFetchFailure failure = failure(fetcher(null, Duration.ofMillis(200)));

    assertEquals(Kind.TIMEOUT, failure.kind());
  }

  @Test
  void fetchWhenConnectionIsResetOrRefusedThenConnectionFailed() throws Exception {
    server.answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertEquals(Kind.CONNECTION_FAILED, failure(fetcher(null, Duration.ofSeconds(2))).kind());

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JwksFetcher refused = new JwksFetcher(CLIENT, URI.create("http://127.0.0.1:" + closedPort + "/jwks?token=secret"),
        null, Duration.ofSeconds(2), 1024);
    CompletionException error = assertThrows(CompletionException.class, () -> refused.fetch().join());
    KeyFetchFailure failure = ((KeySetException) error.getCause()).failure();
    assertEquals(Kind.CONNECTION_FAILED, failure.kind());
    assertFalse(failure.message().contains("secret"), "query strings never reach messages: " + failure.message());
  }
}
