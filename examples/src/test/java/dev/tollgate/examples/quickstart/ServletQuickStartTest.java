package dev.tollgate.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.ChildJvm;
import dev.tollgate.examples.testing.Http;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the README's servlet quick start as printed, in its own JVM, against the local issuer's JWKS. */
class ServletQuickStartTest {

  private static LocalIssuer issuer;
  private static ChildJvm app;

  @BeforeAll
  static void start() throws Exception {
    issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    app = ChildJvm.start(ServletQuickStart.class, Map.of("CLERK_JWKS_URL", issuer.jwksUrl().toString(), "PORT", "0"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
    issuer.close();
  }

  @Test
  void mainWhenAdminTokenFromTheFrontEndOriginThen200Hello() {
    HttpResponse<String> response = get(issuer.token().orgRole("admin"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("hello " + LocalIssuer.DEFAULT_USER_ID + "\n", response.body());
  }

  @Test
  void mainWhenNoTokenThen401BearerChallenge() {
    HttpResponse<String> response = Http.get(url());

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("Bearer realm=\"tollgate\"", response.headers().firstValue("WWW-Authenticate").orElse("(none)"));
  }

  @Test
  void mainWhenTokenMintedForAnotherOriginThen401InvalidAuthorizedParties() {
    HttpResponse<String> response = get(issuer.token().orgRole("admin").authorizedParty("https://evil.example"));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("token-invalid-authorized-parties", Json.parseObject(response.body()).get("reason"));
  }

  @Test
  void mainWhenTokenWithoutAzpThen401InvalidAuthorizedParties() {
    HttpResponse<String> response = get(issuer.token().orgRole("admin").withoutAuthorizedParty());

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("token-invalid-authorized-parties", Json.parseObject(response.body()).get("reason"));
  }

  @Test
  void mainWhenMemberThen403InsufficientScope() {
    HttpResponse<String> response = get(issuer.token().orgRole("member"));

    assertEquals(403, response.statusCode(), response.body());
    assertEquals("insufficient-scope", Json.parseObject(response.body()).get("reason"));
  }

  private static HttpResponse<String> get(TokenSpec spec) {
    return Http.getWithToken(url(), spec.sign());
  }

  private static URI url() {
    return app.baseUrl().resolve("/api/hello");
  }
}
