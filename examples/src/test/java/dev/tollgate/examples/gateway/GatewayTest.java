package dev.tollgate.examples.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.testing.Http;
import dev.tollgate.examples.testing.RecordingUpstream;
import dev.tollgate.examples.testing.StallingJwks;
import dev.tollgate.web.RequestAuthenticator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayTest {

  private static LocalIssuer issuer;
  private static SessionVerifier verifier;
  private static RecordingUpstream upstream;
  private static Gateway gateway;

  @BeforeAll
  static void start() throws Exception {
    issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    verifier = SessionVerifier.builder().jwksUrl(issuer.jwksUrl()).build();
    verifier.warmUp(Duration.ofSeconds(5));
    upstream = RecordingUpstream.start();
    gateway = Gateway.start(0, verifier, upstream.baseUrl());
  }

  @AfterAll
  static void stop() {
    gateway.close();
    upstream.close();
    verifier.close();
    issuer.close();
  }

  @Test
  void forwardWhenSignedInThenVerifiedIdentityReplacesForgedHeaders() {
    String token = issuer.token().sessionId("sess_gw").organization("org_gw", "gw-org").orgRole("member").sign();

    HttpResponse<String> response = Http.get(gateway.baseUrl().resolve("/api/me?x=1"), "Authorization",
        "Bearer " + token, "X-User-Id", "user_forged", "x_org_id", "org_forged", "X-ACTOR-ID", "user_forged",
        "X-Request-Id", "req-1");

    assertEquals(200, response.statusCode());
    Map<String, Object> received = Json.parseObject(response.body());
    Map<?, ?> headers = (Map<?, ?>) received.get("headers");
    assertEquals("/api/me?x=1", received.get("pathQuery"));
    assertEquals(List.of(LocalIssuer.DEFAULT_USER_ID), headers.get("x-user-id"));
    assertEquals(List.of("sess_gw"), headers.get("x-session-id"));
    assertEquals(List.of("org_gw"), headers.get("x-org-id"));
    assertEquals(List.of("org:member"), headers.get("x-org-role"));
    assertFalse(headers.containsKey("x-actor-id"));
    assertFalse(headers.containsKey("x_org_id"));
    assertEquals(List.of("req-1"), headers.get("x-request-id"));
    assertEquals(List.of("Bearer " + token), headers.get("authorization"));
    assertEquals("seen", response.headers().firstValue("X-Upstream").orElseThrow());
  }

  @Test
  void forwardWhenPostThenMethodAndBodyReachUpstream() {
    String token = issuer.token().sign();

    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/items"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello upstream")).build());

    Map<String, Object> received = Json.parseObject(response.body());
    assertEquals("POST", received.get("method"));
    assertEquals("hello upstream", received.get("body"));
  }

  @Test
  void refuseWhenNoTokenThenGatewayAnswers401WithoutCallingUpstream() {
    int before = upstream.requests();

    HttpResponse<String> response = Http.get(gateway.baseUrl().resolve("/api/me"), "X-User-Id", "user_forged");

    assertEquals(401, response.statusCode());
    assertEquals("Bearer realm=\"" + Gateway.REALM + "\"", response.headers().firstValue("WWW-Authenticate")
        .orElseThrow());
    assertEquals("session-token-missing", Json.parseObject(response.body()).get("reason"));
    assertEquals(before, upstream.requests());
  }

  @Test
  void refuseWhenMalformedAuthorizationThen400() {
    HttpResponse<String> response = Http.get(gateway.baseUrl().resolve("/"), "Authorization", "Basic dXNlcjpwYXNz");

    assertEquals(400, response.statusCode());
    assertEquals("invalid_request", Json.parseObject(response.body()).get("error"));
  }

  @Test
  void refuseWhenPendingOrExpiredThen401WithReason() {
    String pending = issuer.token().pending().sign();
    String expired = issuer.token().age(Duration.ofMinutes(5)).sign();

    assertEquals("session-pending", Json.parseObject(Http.getWithToken(gateway.baseUrl().resolve("/"), pending)
        .body()).get("reason"));
    assertEquals("token-expired", Json.parseObject(Http.getWithToken(gateway.baseUrl().resolve("/"), expired)
        .body()).get("reason"));
  }

  @Test
  void refuseWhenKeysCannotLoadThen503WithRetryAfter() throws IOException {
    URI deadJwks;
    try (LoopbackServer closed = LoopbackServer.bind("dead", 0)) {
      deadJwks = closed.baseUrl().resolve("/.well-known/jwks.json");
    }
    try (SessionVerifier cold = SessionVerifier.builder().jwksUrl(deadJwks).build();
        Gateway coldGateway = Gateway.start(0, cold, upstream.baseUrl())) {
      HttpResponse<String> response = Http.getWithToken(coldGateway.baseUrl().resolve("/"),
          issuer.token().sign());

      assertEquals(503, response.statusCode());
      assertTrue(response.headers().firstValue("Retry-After").isPresent());
      assertEquals("keys-unavailable", Json.parseObject(response.body()).get("reason"));
    }
  }

  @Test
  void forwardWhenUpstreamDownThen502() throws IOException {
    URI deadUpstream;
    try (LoopbackServer closed = LoopbackServer.bind("dead", 0)) {
      deadUpstream = closed.baseUrl();
    }
    try (Gateway orphan = Gateway.start(0, verifier, deadUpstream)) {
      HttpResponse<String> response = Http.getWithToken(orphan.baseUrl().resolve("/"),
          issuer.token().sign());

      assertEquals(502, response.statusCode());
      assertEquals("Bad Gateway", Json.parseObject(response.body()).get("title"));
    }
  }

  @Test
  void forwardWhenBodyOverLimitThen413() {
    String token = issuer.token().sign();

    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(gateway.baseUrl().resolve("/upload"))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[GatewayHandler.MAX_BODY_BYTES + 1])).build());

    assertEquals(413, response.statusCode());
  }

  /**
   * More requests than the gateway has threads arrive while the only key fetch is held by the JWKS server. Each
   * {@code handle} call must return before the keys arrive; a handler that waited for the fetch would exhaust
   * the pool (and, being declared non-blocking, the selector) long before every request got in.
   */
  @Test
  void handleWhenKeysStillLoadingThenReturnsWithoutWaitingAndAnswersLater() throws Exception {
    SigningKey key = SigningKey.generate();
    String token = TokenSpec.session(key, "http://127.0.0.1", Clock.systemUTC()).lifetime(Duration.ofMinutes(5))
        .sign();
    int requests = LoopbackServer.MAX_THREADS + 8;
    CountDownLatch returned = new CountDownLatch(requests);
    try (StallingJwks jwks = StallingJwks.start();
        SessionVerifier cold = SessionVerifier.builder().jwksUrl(jwks.jwksUrl())
            .keyFetchTimeout(Duration.ofSeconds(30)).build()) {
      GatewayHandler handler = new GatewayHandler(RequestAuthenticator.of(cold),
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), upstream.baseUrl(),
          Duration.ofSeconds(10));
      Handler counting = new Handler.Wrapper(handler) {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
          try {
            return super.handle(request, response, callback);
          } finally {
            returned.countDown();
          }
        }
      };
      try (LoopbackServer server = LoopbackServer.bind("gateway", 0).start(counting)) {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          answers.add(Http.client().sendAsync(HttpRequest.newBuilder(server.baseUrl().resolve("/api/me"))
              .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
        }

        assertTrue(jwks.requested().await(10, TimeUnit.SECONDS), "the key fetch never started");
        assertTrue(returned.await(10, TimeUnit.SECONDS), "handle() calls still running: " + returned.getCount());
        assertTrue(answers.stream().noneMatch(CompletableFuture::isDone), "answered before the keys arrived");

        jwks.release(key.jwks());
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
          assertEquals(200, answer.get(10, TimeUnit.SECONDS).statusCode());
        }
      }
    }
  }
}
