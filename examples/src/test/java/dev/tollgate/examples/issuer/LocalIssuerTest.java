package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.Http;
import dev.tollgate.test.tokens.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalIssuerTest {

  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static LocalIssuer issuer;
  private static SessionVerifier verifier;

  @BeforeAll
  static void start() throws IOException {
    issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(LOG, true, StandardCharsets.UTF_8));
    verifier = SessionVerifier.builder().jwksUrl(issuer.jwksUrl()).issuer(issuer.baseUrl().toString()).build();
  }

  @AfterAll
  static void stop() {
    verifier.close();
    issuer.close();
  }

  @Test
  void startWhenStartedThenLogShowsTheDevelopmentOnlyBanner() {
    String log = LOG.toString(StandardCharsets.UTF_8);

    assertTrue(log.contains(LocalIssuer.DEV_WARNING), log);
    assertTrue(log.contains(issuer.jwksUrl().toString()), log);
  }

  @Test
  void generateKeyWhenCalledThenRsa2048WithLocalKeyId() {
    SigningKey key = LocalIssuer.generateKey();

    assertEquals(2048, key.publicKey().getModulus().bitLength());
    assertTrue(key.keyId().matches("ins_local_[0-9A-Za-z]{20}"), key.keyId());
    assertNotEquals(key.keyId(), issuer.key().keyId());
  }

  @Test
  void tokenWhenDefaultsThenDemoUserAndPartyAndAFreshSessionEachTime() throws Exception {
    Map<String, Object> claims = issuer.token().claims();
    Session session = verifier.verify(issuer.token().sign());

    assertEquals(LocalIssuer.DEFAULT_USER_ID, session.userId());
    assertEquals(LocalIssuer.DEFAULT_AUTHORIZED_PARTY, session.authorizedParty().orElseThrow());
    assertEquals(issuer.baseUrl().toString(), session.issuer().orElseThrow());
    assertTrue(session.sessionId().matches("sess_[0-9A-Za-z]{27}"), session.sessionId());
    assertNotEquals(claims.get("sid"), session.sessionId(), "each token() draws a new session id");
    assertEquals(List.copyOf(claims.keySet()), claims.keySet().stream().sorted().toList(), "alphabetical, as Clerk's");
  }

  @Test
  void jwksWhenFetchedThenKeyWithDevHeaderAndCacheControl() {
    HttpResponse<String> response = Http.get(issuer.jwksUrl());

    assertEquals(200, response.statusCode());
    assertEquals(issuer.key().jwks(), response.body());
    assertEquals(LocalIssuer.DEV_WARNING, response.headers().firstValue(LocalIssuer.DEV_HEADER).orElseThrow());
    assertEquals("public, max-age=300", response.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void mintWhenGetWithQueryThenTokenVerifiesAgainstTheJwks() throws Exception {
    HttpResponse<String> response = Http.get(URI.create(issuer.mintUrl() + "?sub=user_q&role=admin&lifetime=120"));
    Session session = verifier.verify(response.body().strip());

    assertEquals(200, response.statusCode());
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(LocalIssuer.DEV_WARNING, response.headers().firstValue(LocalIssuer.DEV_HEADER).orElseThrow());
    assertEquals("user_q", session.userId());
    assertTrue(session.hasRole("org:admin"));
    assertEquals(Duration.ofSeconds(120), Duration.between(session.issuedAt().orElseThrow(), session.expiresAt()));
  }

  @Test
  void mintWhenPostFormThenSameParameters() throws Exception {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(issuer.mintUrl())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("sub=user_form&actor=user_agent")).build());

    Session session = verifier.verify(response.body().strip());
    assertEquals("user_form", session.userId());
    assertTrue(session.isImpersonated());
  }

  @Test
  void mintWhenFormatJsonThenWarningTokenAndDecodedParts() {
    HttpResponse<String> response = Http.get(URI.create(issuer.mintUrl() + "?format=json&v=1&role=member"));
    Map<String, Object> body = Json.parseObject(response.body());

    assertEquals(LocalIssuer.DEV_WARNING, body.get("warning"));
    assertEquals(issuer.key().keyId(), ((Map<?, ?>) body.get("header")).get("kid"));
    assertEquals("org:member", ((Map<?, ?>) body.get("claims")).get("org_role"));
    assertTrue(((String) body.get("token")).startsWith("eyJ"));
  }

  @Test
  void mintWhenBadParameterThenProblem400WithoutTheValue() {
    HttpResponse<String> response = Http.get(URI.create(issuer.mintUrl() + "?lifetime=forever"));

    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains("lifetime must be a whole number"), response.body());
    assertTrue(!response.body().contains("forever"), response.body());
  }

  @Test
  void routesWhenWrongMethodOrPathThen405Or404() {
    HttpResponse<String> put = Http.send(HttpRequest.newBuilder(issuer.mintUrl())
        .PUT(HttpRequest.BodyPublishers.noBody()).build());
    HttpResponse<String> missing = Http.get(issuer.baseUrl().resolve("/tokens"));

    assertEquals(405, put.statusCode());
    assertEquals("GET, POST", put.headers().firstValue("Allow").orElseThrow());
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue(LocalIssuer.DEV_HEADER).isPresent());
  }

  @Test
  void indexWhenFetchedThenBannerAndEveryParameter() {
    String index = Http.get(issuer.baseUrl().resolve("/")).body();

    assertTrue(index.contains(LocalIssuer.DEV_WARNING));
    for (String parameter : TokenSpecParser.PARAMETERS.keySet()) {
      assertTrue(index.contains("  " + parameter + " "), parameter);
    }
  }
}
