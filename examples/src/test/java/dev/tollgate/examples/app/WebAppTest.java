package dev.tollgate.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.testing.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebAppTest {

  private static LocalIssuer issuer;
  private static SessionVerifier verifier;
  private static WebApp app;

  @BeforeAll
  static void start() throws Exception {
    issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    verifier = SessionVerifier.builder().jwksUrl(issuer.jwksUrl()).build();
    verifier.warmUp(Duration.ofSeconds(5));
    app = WebApp.start(0, verifier);
  }

  @AfterAll
  static void stop() {
    app.close();
    verifier.close();
    issuer.close();
  }

  @Test
  void meWhenSignedInThenSessionJsonAndDebugStatus() {
    HttpResponse<String> response = get("/api/me", issuer.token().userId("user_me"));

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("signed-in", response.headers().firstValue("x-clerk-auth-status").orElseThrow());
    assertEquals("user_me", Json.parseObject(response.body()).get("userId"));
  }

  @Test
  void meWhenIdentityHeadersSentThenShownButUserIdComesFromTheToken() {
    String token = issuer.token().sign();

    HttpResponse<String> response = Http.get(app.baseUrl().resolve("/api/me"), "Authorization", "Bearer " + token,
        "X-User-Id", "user_forged");

    Map<String, Object> body = Json.parseObject(response.body());
    assertEquals(LocalIssuer.DEFAULT_USER_ID, body.get("userId"));
    assertEquals(Map.of("X-User-Id", "user_forged"), body.get("receivedIdentityHeaders"));
  }

  @Test
  void apiWhenNoTokenThenFilterAnswers401WithReasonHeader() {
    HttpResponse<String> response = Http.get(app.baseUrl().resolve("/api/billing"));

    assertEquals(401, response.statusCode());
    assertEquals("session-token-missing", response.headers().firstValue("x-clerk-auth-reason").orElseThrow());
    assertEquals("Bearer realm=\"" + WebApp.REALM + "\"", response.headers().firstValue("WWW-Authenticate")
        .orElseThrow());
  }

  @Test
  void billingWhenV1PermissionThen200AndWhenOtherPermissionThen403() {
    HttpResponse<String> granted = get("/api/billing", issuer.token().claimsVersion(1)
        .permissions(WebApp.BILLING_PERMISSION));
    HttpResponse<String> refused = get("/api/billing", issuer.token()
        .permissions("org:billing:read"));

    assertEquals(200, granted.statusCode());
    assertEquals(403, refused.statusCode());
    assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().contains("insufficient_scope"));
  }

  @Test
  void adminWhenRoleAdminWithoutPrefixInV2ThenGranted() {
    HttpResponse<String> response = get("/api/org/admin", issuer.token().orgRole("admin"));

    assertEquals(200, response.statusCode());
    assertEquals("/api/org/admin", Json.parseObject(response.body()).get("path"));
  }

  @Test
  void sensitiveWhenNoFactorAgesThenReverificationBody() {
    HttpResponse<String> response = get("/api/sensitive", issuer.token().withoutFactorAges());

    assertEquals(403, response.statusCode());
    assertEquals("{\"clerk_error\":{\"type\":\"forbidden\",\"reason\":\"reverification-error\",\"metadata\":"
        + "{\"reverification\":{\"level\":\"second_factor\",\"afterMinutes\":10}}}}", response.body());
  }

  @Test
  void sensitiveWhenOnlyFirstFactorFreshThenGranted() {
    HttpResponse<String> response = get("/api/sensitive", issuer.token().factorAges(9, -1));

    assertEquals(200, response.statusCode());
  }

  @Test
  void healthWhenKeysLoadedThenUpWithTheKeyId() {
    HttpResponse<String> response = Http.get(app.baseUrl().resolve("/health"));

    Map<String, Object> body = Json.parseObject(response.body());
    assertEquals(200, response.statusCode());
    assertEquals("UP", body.get("status"));
    assertEquals(List.of(issuer.key().keyId()), ((Map<?, ?>) body.get("keys")).get("keyIds"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void healthWhenKeysNeverLoadedThen503Down() throws IOException {
    URI deadJwks;
    try (LoopbackServer closed = LoopbackServer.bind("dead", 0)) {
      deadJwks = closed.baseUrl().resolve("/.well-known/jwks.json");
    }
    try (SessionVerifier cold = SessionVerifier.builder().jwksUrl(deadJwks).build();
        WebApp coldApp = WebApp.start(0, cold)) {
      HttpResponse<String> api = get(coldApp, "/api/me", issuer.token());
      HttpResponse<String> health = Http.get(coldApp.baseUrl().resolve("/health"));

      assertEquals(503, api.statusCode());
      assertEquals(503, health.statusCode());
      assertEquals("DOWN", Json.parseObject(health.body()).get("status"));
      assertEquals("UNAVAILABLE", ((Map<?, ?>) Json.parseObject(health.body()).get("keys")).get("state"));
    }
  }

  private static HttpResponse<String> get(String path, TokenSpec spec) {
    return get(app, path, spec);
  }

  private static HttpResponse<String> get(WebApp target, String path, TokenSpec spec) {
    return Http.getWithToken(target.baseUrl().resolve(path), spec.sign());
  }
}
