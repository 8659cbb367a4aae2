package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.test.SessionRequests;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.TestIssuerExtension;
import dev.tollgate.test.tokens.TokenSpec;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of token the app may see, minted by the test issuer and sent over real HTTP to the app on Jetty: who
 * gets in, and the answer everyone else gets.
 */
@ExtendWith(TestIssuerExtension.class)
class AppAccessTest {

  private static final Pattern REASON = Pattern.compile("\"reason\":\"([^\"]*)\"");

  private static TestIssuer issuer;
  private static App app;

  @BeforeAll
  static void start(TestIssuer testIssuer) throws Exception {
    issuer = testIssuer;
    app = App.start(issuer.verifier(), 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  @Test
  void meWhenSignedInThen200WithTheUserId() throws Exception {
    HttpResponse<String> response = get("/api/me", issuer.token().userId("user_2abc"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("user_2abc", response.body());
  }

  @Test
  void meWhenTokenInTheSessionCookieThen200() throws Exception {
    HttpRequest request = SessionRequests.sessionCookie(app.uri("/api/me"), issuer.token().sign()).GET().build();

    HttpResponse<String> response = SessionRequests.send(request);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(TokenSpec.DEFAULT_USER_ID, response.body());
  }

  @Test
  void reportsWhenOrganizationAdminThen200() throws Exception {
    HttpResponse<String> response = get("/api/admin/reports", issuer.token().orgRole("admin"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("reports for " + TokenSpec.DEFAULT_USER_ID, response.body());
  }

  @Test
  void reportsWhenOrganizationMemberThen403InsufficientScope() throws Exception {
    HttpResponse<String> response = get("/api/admin/reports", issuer.token().orgRole("member"));

    assertEquals(403, response.statusCode(), response.body());
    assertEquals("Bearer realm=\"tollgate\", error=\"insufficient_scope\", error_description=\"The organization"
        + " role org:admin is required.\"", challenge(response));
  }

  @Test
  void reportsWhenNoActiveOrganizationThen403InsufficientScope() throws Exception {
    HttpResponse<String> response = get("/api/admin/reports", issuer.token().withoutOrganization());

    assertEquals(403, response.statusCode(), response.body());
    assertEquals("insufficient-scope", reason(response));
  }

  @Test
  void meWhenNoTokenThen401BearerChallengeWithoutError() throws Exception {
    HttpResponse<String> response = SessionRequests.get(app.uri("/api/me"));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("Bearer realm=\"tollgate\"", challenge(response));
    assertEquals("session-token-missing", reason(response));
  }

  @Test
  void meWhenExpiredThen401InvalidToken() throws Exception {
    assertRefused(issuer.token().expired(), "token-expired");
  }

  @Test
  void meWhenSignatureTamperedThen401InvalidToken() throws Exception {
    assertRefused(issuer.token().tamperedSignature(), "token-invalid-signature");
  }

  @Test
  void meWhenSignedByAnUnknownKeyThen401InvalidToken() throws Exception {
    assertRefused(issuer.token().signedByUnknownKey(), "token-invalid-signature");
  }

  @Test
  void meWhenSessionPendingThen401InvalidToken() throws Exception {
    assertRefused(issuer.token().pending(), "session-pending");
  }

  @Test
  void meWhenMintedForAnotherOriginThen401InvalidToken() throws Exception {
    assertRefused(issuer.token().authorizedParty("https://evil.example"), "token-invalid-authorized-parties");
  }

  @Test
  void verifierWhenJwksUrlInTheEnvironmentThenTheIssuersTokensPass() throws Exception {
    assertEnvironmentConfigures(Map.of("CLERK_JWKS_URL", issuer.jwksUrl().toString()));
  }

  @Test
  void verifierWhenPublicKeyInTheEnvironmentThenTheIssuersTokensPass() throws Exception {
    assertEnvironmentConfigures(Map.of("CLERK_JWT_KEY", issuer.publicKeyPem()));
  }

  /** What main runs: the verifier from the environment, its own authorized party, the app on a free port. */
  private static void assertEnvironmentConfigures(Map<String, String> environment) throws Exception {
    try (SessionVerifier verifier = App.verifier(environment::get); App configured = App.start(verifier, 0)) {
      HttpResponse<String> admin = SessionRequests.get(configured.uri("/api/admin/reports"),
          issuer.token().orgRole("admin").sign());
      HttpResponse<String> elsewhere = SessionRequests.get(configured.uri("/api/me"),
          issuer.token().authorizedParty("https://evil.example").sign());

      assertEquals(200, admin.statusCode(), admin.body());
      assertEquals(401, elsewhere.statusCode(), elsewhere.body());
    }
  }

  private static void assertRefused(TokenSpec token, String reason) throws Exception {
    HttpResponse<String> response = get("/api/me", token);

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(reason, reason(response), response.body());
    String challenge = challenge(response);
    assertTrue(challenge.startsWith("Bearer realm=\"tollgate\", error=\"invalid_token\", error_description=\""),
        challenge);
  }

  private static HttpResponse<String> get(String path, TokenSpec token) throws IOException, InterruptedException {
    return SessionRequests.get(app.uri(path), token.sign());
  }

  private static String challenge(HttpResponse<String> response) {
    return response.headers().firstValue("WWW-Authenticate").orElse("(no WWW-Authenticate)");
  }

  /** The {@code reason} member of the filter's problem body. */
  private static String reason(HttpResponse<String> response) {
    Matcher reason = REASON.matcher(response.body());
    return reason.find() ? reason.group(1) : "(no reason in " + response.body() + ")";
  }
}
