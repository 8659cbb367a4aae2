package dev.tollgate.spring.testing;

import static dev.tollgate.spring.testing.Http.bearer;
import static dev.tollgate.spring.testing.Refusals.assertRefusal;
import static dev.tollgate.spring.testing.Refusals.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.spring.security.TollgateAccessDeniedHandler;
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

/**
 * The starter's default chain (the application defines none) answers every refusal exactly as the servlet filter
 * does: the status, {@code WWW-Authenticate} and body of {@link ErrorResponse} for the same request. The servlet
 * and the reactive chains answer alike, so their tests are these, each against its application ({@code /me},
 * {@code /admin} with {@code hasAuthority('org:admin')}, {@code /public/whoami} public).
 */
public interface RefusalScenarios {

  /** @return a client of the application under test */
  Http http();

  /** @return the application's request authenticator, whose decision each answer must be */
  RequestAuthenticator authenticator();

  private AuthResult expected(String name, String value) {
    return authenticator().authenticate(RequestCredentials.of(Map.of(name, List.of(value))));
  }

  @Test
  default void requestWhenNoTokenThen401WithRealmOnlyChallenge() {
    HttpResponse<String> response = http().get("/me");

    assertRefusal(AuthResult.SignedOut.sessionTokenMissing(), response);
    assertEquals("Bearer realm=\"tollgate\"", header(response, "WWW-Authenticate"), "challenge without error");
  }

  @Test
  default void requestWhenTokenExpiredThen401InvalidToken() {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minus(Duration.ofMinutes(10))).build();

    HttpResponse<String> response = http().get("/me", "Authorization", bearer(expired));

    assertRefusal(expected("Authorization", bearer(expired)), response);
    assertEquals(RejectionReason.TOKEN_EXPIRED,
        ((AuthResult.SignedOut) expected("Authorization", bearer(expired))).reason(), "reason");
  }

  @Test
  default void requestWhenBasicCredentialsThen400InvalidRequest() {
    HttpResponse<String> response = http().get("/me", "Authorization", "Basic x");

    assertEquals(400, response.statusCode(), "status");
    assertRefusal(expected("Authorization", "Basic x"), response);
  }

  @Test
  default void requestWhenAuthorizationHeaderDuplicatedThen400InvalidRequest() {
    String token = TestTokens.token().build();

    HttpResponse<String> response = http().get("/me", "Authorization", bearer(token), "Authorization",
        bearer(token));

    assertEquals(400, response.statusCode(), "status");
    assertEquals(ErrorResponse.refusing(new AuthResult.SignedOut(RejectionReason.AUTHORIZATION_HEADER_DUPLICATED,
        "More than one Authorization header was sent."), "tollgate").body(), response.body(), "body");
  }

  @Test
  default void requestWhenSessionPendingThen401SessionPending() {
    String pending = TestTokens.token().claim("sts", "pending").build();

    HttpResponse<String> response = http().get("/me", "Authorization", bearer(pending));

    assertRefusal(expected("Authorization", bearer(pending)), response);
    assertEquals(RejectionReason.SESSION_PENDING,
        ((AuthResult.SignedOut) expected("Authorization", bearer(pending))).reason(), "reason");
  }

  @Test
  default void requestWhenAuthorityMissingThen403InsufficientScope() {
    String member = TestTokens.token().orgRole("org:member").build();

    HttpResponse<String> response = http().get("/admin", "Authorization", bearer(member));

    ErrorResponse expected =
        ErrorResponse.insufficientScope("tollgate", TollgateAccessDeniedHandler.DENIED_DESCRIPTION);
    assertEquals(403, response.statusCode(), "status");
    assertEquals(expected.headers().get("WWW-Authenticate"), header(response, "WWW-Authenticate"), "challenge");
    assertEquals(expected.body(), response.body(), "body");
    assertEquals(ErrorResponse.PROBLEM_JSON, header(response, "Content-Type"), "content type");
  }

  @Test
  default void requestWhenAdminThenHasAuthorityOrgAdminPasses() {
    String admin = TestTokens.token().orgRole("org:admin").build();

    HttpResponse<String> response = http().get("/admin", "Authorization", bearer(admin));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("admin", response.body(), "body");
  }

  @Test
  default void publicPathWhenTokenInvalidThenServedAnonymous() {
    HttpResponse<String> bad = http().get("/public/whoami", "Authorization", bearer("not-a-jwt"));
    HttpResponse<String> basic = http().get("/public/whoami", "Authorization", "Basic x");
    HttpResponse<String> none = http().get("/public/whoami");

    assertEquals(List.of(200, 200, 200), List.of(bad.statusCode(), basic.statusCode(), none.statusCode()),
        "statuses of a bad token, a Basic credential and no token on a public path");
    assertEquals(List.of("anonymous", "anonymous", "anonymous"), List.of(bad.body(), basic.body(), none.body()),
        "bodies");
  }

  @Test
  default void publicPathWhenTokenValidThenSignedIn() {
    HttpResponse<String> response = http().get("/public/whoami", "Authorization",
        bearer(TestTokens.token().build()));

    assertEquals(TestTokens.USER_ID, response.body(), "principal on a public path");
  }

  @Test
  default void requestWhenMachineTokenThen401TokenTypeMismatch() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer("mt_0123456789abcdef"));

    assertRefusal(expected("Authorization", bearer("mt_0123456789abcdef")), response);
  }
}
