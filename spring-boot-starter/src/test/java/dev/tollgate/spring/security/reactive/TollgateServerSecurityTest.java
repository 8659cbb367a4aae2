package dev.tollgate.spring.security.reactive;

import static dev.tollgate.spring.testing.Http.bearer;
import static dev.tollgate.spring.testing.Refusals.assertAnswer;
import static dev.tollgate.spring.testing.Refusals.assertRefusal;
import static dev.tollgate.spring.testing.Refusals.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.Reverification;
import dev.tollgate.spring.security.TollgateAccessDeniedHandler;
import dev.tollgate.spring.testing.ReactiveScenarioTest;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The starter's default reactive chain (the application defines none) on Netty answers as the servlet side does:
 * the status, {@code WWW-Authenticate} and body of {@link ErrorResponse} for the same request, and the principal
 * and authorities of the same {@code ClerkSessionAuthentication}.
 */
class TollgateServerSecurityTest extends ReactiveScenarioTest {

  @Autowired
  RequestAuthenticator authenticator;

  @Test
  void requestWhenSignedInThenAuthenticationPrincipalIsTheSession() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(TestTokens.USER_ID + " " + TestTokens.SESSION_ID, response.body(), "principal");
  }

  @Test
  void requestWhenSessionCookieThenSignedIn() {
    HttpResponse<String> plain = http().get("/me", "Cookie", "__session=" + TestTokens.token().build());
    HttpResponse<String> empty = http().get("/me", "Cookie", "__session=");

    assertEquals(200, plain.statusCode(), plain.body());
    assertRefusal(AuthResult.SignedOut.sessionTokenMissing(), empty);
  }

  @Test
  void requestWhenNoTokenThen401WithRealmOnlyChallenge() {
    HttpResponse<String> response = http().get("/me");

    assertRefusal(AuthResult.SignedOut.sessionTokenMissing(), response);
    assertEquals("Bearer realm=\"tollgate\"", header(response, "WWW-Authenticate"), "challenge without error");
  }

  @Test
  void requestWhenTokenExpiredThen401InvalidToken() {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minus(Duration.ofMinutes(10))).build();

    HttpResponse<String> response = http().get("/me", "Authorization", bearer(expired));

    AuthResult expected = expected("Authorization", bearer(expired));
    assertEquals(RejectionReason.TOKEN_EXPIRED, ((AuthResult.SignedOut) expected).reason(), "reason");
    assertRefusal(expected, response);
  }

  @Test
  void requestWhenBasicCredentialsThen400InvalidRequest() {
    HttpResponse<String> response = http().get("/me", "Authorization", "Basic x");

    assertEquals(400, response.statusCode(), "status");
    assertRefusal(expected("Authorization", "Basic x"), response);
  }

  @Test
  void requestWhenAuthorizationHeaderDuplicatedThen400InvalidRequest() {
    String token = TestTokens.token().build();

    HttpResponse<String> response = http().get("/me", "Authorization", bearer(token), "Authorization",
        bearer(token));

    assertRefusal(new AuthResult.SignedOut(RejectionReason.AUTHORIZATION_HEADER_DUPLICATED,
        "More than one Authorization header was sent."), response);
  }

  @Test
  void requestWhenMachineTokenThen401TokenTypeMismatch() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer("mt_0123456789abcdef"));

    assertRefusal(expected("Authorization", bearer("mt_0123456789abcdef")), response);
  }

  @Test
  void requestWhenAuthorityMissingThen403InsufficientScope() {
    String member = TestTokens.token().orgRole("org:member").build();

    HttpResponse<String> response = http().get("/admin", "Authorization", bearer(member));

    assertAnswer(ErrorResponse.insufficientScope("tollgate", TollgateAccessDeniedHandler.DENIED_DESCRIPTION),
        response);
  }

  @Test
  void requestWhenAdminThenHasAuthorityOrgAdminPasses() {
    String admin = TestTokens.token().orgRole("org:admin").build();

    HttpResponse<String> response = http().get("/admin", "Authorization", bearer(admin));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("admin", response.body(), "body");
  }

  @Test
  void requestWhenOrganizationPermissionsThenTheStandardMappersAuthorities() {
    String token = TestTokens.token().orgRole("org:admin").claim("org_permissions", List.of("org:invoices:read"))
        .build();

    HttpResponse<String> response = http().get("/authorities", "Authorization", bearer(token));

    assertEquals("[\"org:admin\",\"org:invoices:read\"]", response.body(), "authorities");
  }

  @Test
  void requestWhenReverificationRequiredThen403ClerksReverificationBody() {
    String stale = TestTokens.token().claim("fva", List.of(60, 60)).build();
    Reverification strict = Reverification.preset("strict").orElseThrow();

    HttpResponse<String> response = http().get("/sensitive", "Authorization", bearer(stale));

    assertAnswer(ErrorResponse.reverificationRequired(strict), response);
  }

  @Test
  void publicPathWhenTokenInvalidThenServedAnonymous() {
    HttpResponse<String> bad = http().get("/public/whoami", "Authorization", bearer("not-a-jwt"));
    HttpResponse<String> basic = http().get("/public/whoami", "Authorization", "Basic x");
    HttpResponse<String> none = http().get("/public/whoami");

    assertEquals(List.of(200, 200, 200), List.of(bad.statusCode(), basic.statusCode(), none.statusCode()),
        "statuses of a bad token, a Basic credential and no token on a public path");
    assertEquals(List.of("anonymous", "anonymous", "anonymous"), List.of(bad.body(), basic.body(), none.body()),
        "bodies");
  }

  @Test
  void publicPathWhenTokenValidThenSignedIn() {
    HttpResponse<String> response = http().get("/public/whoami", "Authorization",
        bearer(TestTokens.token().build()));

    assertEquals(TestTokens.USER_ID, response.body(), "principal on a public path");
  }

  @Test
  void postWhenSessionCookieWithoutCsrfTokenThen403ProblemNotA401() {
    HttpResponse<String> response = http().post("/post", "Cookie", "__session=" + TestTokens.token().build());

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(TollgateAccessDeniedHandler.CSRF_PROBLEM, response.body(), "problem body");
    assertEquals(ErrorResponse.PROBLEM_JSON, header(response, "Content-Type"), "content type");
    assertEquals(200, http().post("/post", "Authorization", bearer(TestTokens.token().build())).statusCode(),
        "a Bearer request carries no ambient credential and needs no CSRF token");
  }

  private AuthResult expected(String name, String value) {
    return authenticator.authenticate(RequestCredentials.of(Map.of(name, List.of(value))));
  }
}
