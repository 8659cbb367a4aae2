package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The route filter in a real gateway on Netty, in front of a WireMock upstream (routes in
 * {@code application-routes.yml}): every refusal is core's answer, signed-in requests arrive with exactly the
 * verified identity headers, forged ones never arrive, and roles and permissions are enforced per route. BlockHound
 * watches every request.
 */
@ExtendWith(BlockingCalls.class)
@SpringBootTest(classes = GatewayTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("routes")
class TollgateGatewayFilterFactoryTest {

  private static final String REALM = "tollgate";
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
  void filterWhenNoTokenThen401WithTheRealmOnlyAndNothingUpstream() {
    HttpResponse<String> answer = http().get("/api/no-token");

    Answers.assertRefused(ErrorResponse.refusing(AuthResult.SignedOut.sessionTokenMissing(), REALM), answer);
    assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"tollgate\""),
        Map.of("WWW-Authenticate", answer.headers().firstValue("WWW-Authenticate").orElse("")), "challenge");
    assertEquals(0, UPSTREAM.received("/api/no-token").size(), "requests upstream");
  }

  @Test
  void filterWhenTokenExpiredThen401InvalidTokenAndNothingUpstream() {
    HttpResponse<String> answer = http().get("/api/expired", "Authorization",
        Http.bearer(ISSUER.token().expired().sign()));

    assertEquals(401, answer.statusCode(), "status");
    assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("")
        .startsWith("Bearer realm=\"tollgate\", error=\"invalid_token\""), "challenge "
        + answer.headers().firstValue("WWW-Authenticate"));
    assertTrue(answer.body().contains("\"reason\":\"token-expired\""), "body " + answer.body());
    assertEquals(Map.of("Content-Type", List.of(ErrorResponse.PROBLEM_JSON)),
        Map.of("Content-Type", answer.headers().allValues("Content-Type")), "content type");
    assertEquals(0, UPSTREAM.received("/api/expired").size(), "requests upstream");
  }

  @Test
  void filterWhenSignatureForgedThen401InvalidSignature() {
    HttpResponse<String> answer = http().get("/api/forged", "Authorization",
        Http.bearer(ISSUER.token().signedByUnknownKey().sign()));

    assertEquals(401, answer.statusCode(), "status");
    assertTrue(answer.body().contains("\"reason\":\"token-invalid-signature\""), "body " + answer.body());
    assertEquals(0, UPSTREAM.received("/api/forged").size(), "requests upstream");
  }

  @Test
  void filterWhenTwoAuthorizationHeadersThen400InvalidRequest() {
    String token = ISSUER.token().sign();
    HttpResponse<String> answer = http().get("/api/two-headers", "Authorization", Http.bearer(token),
        "Authorization", Http.bearer(token));

    assertEquals(400, answer.statusCode(), "status");
    assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_request\""),
        "challenge " + answer.headers().firstValue("WWW-Authenticate"));
    assertTrue(answer.body().contains("\"reason\":\"authorization-header-duplicated\""), "body " + answer.body());
    assertEquals(0, UPSTREAM.received("/api/two-headers").size(), "requests upstream");
  }

  @Test
  void filterWhenSignedInWithoutOrganizationThenUserAndSessionHeadersOnly() {
    String token = ISSUER.token().sign();
    HttpResponse<String> answer = http().get("/api/user", "Authorization", Http.bearer(token));

    assertEquals(200, answer.statusCode(), "status; body " + answer.body());
    assertEquals(Map.of("x-clerk-session-id", List.of(TokenSpec.DEFAULT_SESSION_ID),
        "x-clerk-user-id", List.of(TokenSpec.DEFAULT_USER_ID)), identity(UPSTREAM.headersOfOnlyRequest("/api/user")),
        "identity headers upstream (no organization, no actor, claims not forwarded)");
  }

  @Test
  void filterWhenSignedInThenAuthorizationHeaderPassedOnUnchanged() {
    String token = ISSUER.token().sign();
    http().get("/api/authorization", "Authorization", Http.bearer(token));

    assertEquals(List.of(Http.bearer(token)), UPSTREAM.headersOfOnlyRequest("/api/authorization").get("authorization"),
        "Authorization upstream");
  }

  @Test
  void filterWhenSignedInWithOrganizationThenOrganizationHeaders() {
    String token = ISSUER.token().organization("org_acme", "acme").orgRole("admin").sign();
    http().get("/api/org", "Authorization", Http.bearer(token));

    assertEquals(Map.of("x-clerk-org-id", List.of("org_acme"), "x-clerk-org-role", List.of("org:admin"),
        "x-clerk-org-slug", List.of("acme"), "x-clerk-session-id", List.of(TokenSpec.DEFAULT_SESSION_ID),
        "x-clerk-user-id", List.of(TokenSpec.DEFAULT_USER_ID)), identity(UPSTREAM.headersOfOnlyRequest("/api/org")),
        "identity headers upstream");
  }

  @Test
  void filterWhenImpersonatedThenActorHeader() {
    String token = ISSUER.token().actor("user_support").sign();
    http().get("/api/actor", "Authorization", Http.bearer(token));

    assertEquals(List.of("user_support"), UPSTREAM.headersOfOnlyRequest("/api/actor").get("x-clerk-actor"),
        "actor header upstream");
  }

  @Test
  void filterWhenClientForgesIdentityHeadersWithATokenThenOnlyTheVerifiedOnesArrive() {
    String token = ISSUER.token().sign();
    HttpResponse<String> answer = http().get("/api/forged-headers", "Authorization", Http.bearer(token),
        "X-Clerk-User-Id", "user_admin", "x-clerk-org-id", "org_victim", "X_Clerk_Org_Role", "org:admin",
        "X-Clerk-Anything", "forged", "X-CLERK-CLAIMS", "e30", "X-Clerk-Actor", "user_someone");

    assertEquals(200, answer.statusCode(), "status; body " + answer.body());
    assertEquals(Map.of("x-clerk-session-id", List.of(TokenSpec.DEFAULT_SESSION_ID),
        "x-clerk-user-id", List.of(TokenSpec.DEFAULT_USER_ID)),
        identity(UPSTREAM.headersOfOnlyRequest("/api/forged-headers")), "identity headers upstream");
  }

  @Test
  void filterWhenClientForgesIdentityHeadersWithoutATokenThenRefusedAndNothingUpstream() {
    HttpResponse<String> answer = http().get("/api/forged-no-token", "X-Clerk-User-Id", "user_admin");

    assertEquals(401, answer.statusCode(), "status");
    assertEquals(0, UPSTREAM.received("/api/forged-no-token").size(), "requests upstream");
  }

  @Test
  void routeWithoutTheFilterWhenClientForgesIdentityHeadersThenRemovedBeforeRouting() {
    HttpResponse<String> answer = http().get("/open/forged", "X-Clerk-User-Id", "user_admin", "X_CLERK_ORG_ID",
        "org_victim", "X-Clerk-Whatever", "forged", "X-Other", "kept");

    assertEquals(200, answer.statusCode(), "status; body " + answer.body());
    Map<String, List<String>> upstream = UPSTREAM.headersOfOnlyRequest("/open/forged");
    assertEquals(Map.of(), identity(upstream), "identity headers upstream");
    assertEquals(List.of("kept"), upstream.get("x-other"), "other headers upstream");
  }

  @Test
  void filterWhenIdentityNotPrintableAsciiThen401AndNothingUpstream() {
    String token = ISSUER.token().organization("org_acme", "caf\u00e9").sign();
    HttpResponse<String> answer = http().get("/api/not-ascii", "Authorization", Http.bearer(token));

    assertEquals(401, answer.statusCode(), "status; body " + answer.body());
    assertTrue(answer.body().contains("\"reason\":\"token-invalid\""), "body " + answer.body());
    assertEquals(0, UPSTREAM.received("/api/not-ascii").size(), "requests upstream");
  }

  @Test
  void rolesWhenSessionHasOneOfThemThen200() {
    assertEquals(200, http().get("/admin/owner", "Authorization",
        Http.bearer(ISSUER.token().orgRole("owner").sign())).statusCode(), "org:owner");
    assertEquals(200, http().get("/admin/admin", "Authorization",
        Http.bearer(ISSUER.token().orgRole("admin").sign())).statusCode(), "org:admin");
  }

  @Test
  void rolesWhenSessionHasNoneOfThemThen403InsufficientScopeAndNothingUpstream() {
    HttpResponse<String> member = http().get("/admin/member", "Authorization",
        Http.bearer(ISSUER.token().orgRole("member").sign()));
    HttpResponse<String> personal = http().get("/admin/personal", "Authorization",
        Http.bearer(ISSUER.token().sign()));

    ErrorResponse expected = ErrorResponse.insufficientScope(REALM,
        "One of the organization roles org:admin, org:owner is required.");
    Answers.assertRefused(expected, member);
    Answers.assertRefused(expected, personal);
    assertEquals(0, UPSTREAM.received("/admin/member").size() + UPSTREAM.received("/admin/personal").size(),
        "requests upstream");
  }

  @Test
  void permissionsWhenSessionHasAllOfThemThen200() {
    String token = ISSUER.token().orgRole("member").permissions("org:invoices:read", "org:invoices:write").sign();

    assertEquals(200, http().get("/billing/all", "Authorization", Http.bearer(token)).statusCode(), "status");
  }

  @Test
  void permissionsWhenSessionLacksOneThen403NamingIt() {
    String token = ISSUER.token().orgRole("member").permissions("org:invoices:read").sign();

    Answers.assertRefused(ErrorResponse.insufficientScope(REALM,
        "The organization permission org:invoices:write is required."),
        http().get("/billing/one", "Authorization", Http.bearer(token)));
    assertEquals(0, UPSTREAM.received("/billing/one").size(), "requests upstream");
  }

  @Test
  void rolesAndPermissionsWhenBothGivenThenBothRequired() {
    String admin = ISSUER.token().orgRole("admin").permissions("org:invoices:read").sign();
    String adminWithout = ISSUER.token().orgRole("admin").sign();
    String memberWith = ISSUER.token().orgRole("member").permissions("org:invoices:read").sign();

    assertEquals(List.of(200, 403, 403), List.of(
        http().get("/invoices/a", "Authorization", Http.bearer(admin)).statusCode(),
        http().get("/invoices/b", "Authorization", Http.bearer(adminWithout)).statusCode(),
        http().get("/invoices/c", "Authorization", Http.bearer(memberWith)).statusCode()),
        "admin with the permission, admin without it, member with it");
  }

  @Test
  void blockHoundWhenAFilterBlocksTheEventLoopThenTheCallIsCaught() {
    HttpResponse<String> answer = http().get("/blocking/sleep");

    List<String> calls = BlockingCalls.drain();
    assertEquals(500, answer.statusCode(), "status of a request whose filter blocked");
    assertEquals(1, calls.size(), "blocking calls recorded: " + calls);
    assertTrue(calls.get(0).startsWith("java.lang.Thread.sleep"), "the blocking call: " + calls);
  }

  private Http http() {
    return new Http(port);
  }

  /** @return the identity headers among the upstream's headers */
  private static Map<String, List<String>> identity(Map<String, List<String>> headers) {
    Map<String, List<String>> identity = new TreeMap<>(headers);
    identity.keySet().removeIf(name -> !name.replace('_', '-').startsWith("x-clerk-"));
    return identity;
  }
}
