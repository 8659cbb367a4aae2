package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.spring.gateway.testing.Answers;
import dev.tollgate.spring.gateway.testing.BlockingCalls;
import dev.tollgate.spring.gateway.testing.GatewayTestApp;
import dev.tollgate.spring.gateway.testing.Http;
import dev.tollgate.spring.gateway.testing.Upstream;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code tollgate.gateway.global=true} in a real gateway ({@code application-global.yml}: public paths, claims
 * forwarded, the user id under another header name): every route requires a session except the public paths, where
 * forged identity headers are removed all the same, and a route's own Tollgate filter adds its roles.
 */
@ExtendWith(BlockingCalls.class)
@SpringBootTest(classes = GatewayTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("global")
class TollgateGlobalFilterTest {

  private static final TestIssuer ISSUER = TestIssuer.start();
  private static final Upstream UPSTREAM = Upstream.start();

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("test.upstream", UPSTREAM::url);
    registry.add("clerk.jwks-url", () -> ISSUER.jwksUrl().toString());
  }

  @AfterAll
  static void stop() {
    UPSTREAM.close();
    ISSUER.close();
  }

  @Test
  void globalWhenNoTokenThen401OnARouteWithoutTheFilter() {
    HttpResponse<String> answer = http().get("/orders/no-token");

    Answers.assertRefused(ErrorResponse.refusing(AuthResult.SignedOut.sessionTokenMissing(), "tollgate"), answer);
    assertEquals(0, UPSTREAM.received("/orders/no-token").size(), "requests upstream");
  }

  @Test
  void globalWhenSignedInThenIdentityUnderTheConfiguredNamesAndTheClaims() {
    String token = ISSUER.token().sign();
    HttpResponse<String> answer = http().get("/orders/signed-in", "Authorization", Http.bearer(token),
        "X-Clerk-User-Id", "user_admin", "X-Auth-User", "user_admin");

    assertEquals(200, answer.statusCode(), "status; body " + answer.body());
    Map<String, List<String>> upstream = UPSTREAM.headersOfOnlyRequest("/orders/signed-in");
    String payload = token.split("\\.")[1];
    assertEquals(Map.of("x-auth-user", List.of(TokenSpec.DEFAULT_USER_ID), "x-clerk-claims", List.of(payload),
        "x-clerk-session-id", List.of(TokenSpec.DEFAULT_SESSION_ID)), identity(upstream), "identity headers");
    String claims = new String(Base64.getUrlDecoder().decode(upstream.get("x-clerk-claims").get(0)),
        StandardCharsets.UTF_8);
    assertEquals(true, claims.startsWith("{") && claims.contains("\"sub\":\"" + TokenSpec.DEFAULT_USER_ID + "\""),
        "decoded claims " + claims);
  }

  @Test
  void publicPathWhenNoTokenThenRoutedWithoutAnyIdentityHeader() {
    HttpResponse<String> answer = http().get("/public/page", "X-Clerk-User-Id", "user_admin", "X-Auth-User",
        "user_admin", "x_auth_user", "user_admin", "X-Clerk-Claims", "e30");

    assertEquals(200, answer.statusCode(), "status; body " + answer.body());
    assertEquals(Map.of(), identity(UPSTREAM.headersOfOnlyRequest("/public/page")), "identity headers upstream");
  }

  @Test
  void publicPathWhenExactPatternThenOnlyThatPath() {
    assertEquals(List.of(200, 401), List.of(http().get("/health").statusCode(),
        http().get("/health/details").statusCode()), "/health, /health/details");
  }

  @Test
  void publicPathWhenTokenSentThenNotAuthenticatedAndNoIdentityForwarded() {
    http().get("/public/with-token", "Authorization", Http.bearer(ISSUER.token().sign()));

    assertEquals(Map.of(), identity(UPSTREAM.headersOfOnlyRequest("/public/with-token")), "identity headers");
  }

  @Test
  void routeFilterUnderTheGlobalFilterWhenRoleMissingThen403AndWhenPresentThen200() {
    HttpResponse<String> member = http().get("/admin/member", "Authorization",
        Http.bearer(ISSUER.token().orgRole("member").sign()));
    HttpResponse<String> admin = http().get("/admin/admin", "Authorization",
        Http.bearer(ISSUER.token().orgRole("admin").sign()));

    Answers.assertRefused(ErrorResponse.insufficientScope("tollgate", "The organization role org:admin is required."),
        member);
    assertEquals(200, admin.statusCode(), "admin; body " + admin.body());
    assertEquals(List.of("org:admin"), UPSTREAM.headersOfOnlyRequest("/admin/admin").get("x-clerk-org-role"),
        "role upstream");
  }

  private Http http() {
    return new Http(port);
  }

  private static Map<String, List<String>> identity(Map<String, List<String>> headers) {
    Map<String, List<String>> identity = new TreeMap<>(headers);
    identity.keySet().removeIf(name -> !name.replace('_', '-').startsWith("x-clerk-")
        && !name.replace('_', '-').equals("x-auth-user"));
    return identity;
  }
}
