package dev.tollgate.backend;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every session endpoint against WireMock: paths, queries, bodies, and what comes back. */
class DefaultSessionsTest {

  private static final String ID = TestSessions.SESSION_ID;
  private static final String SESSION_PATH = "/v1/sessions/" + ID;

  @RegisterExtension
  static final TestBackend BACKEND = new TestBackend();
  private Sessions sessions;

  @BeforeEach
  void reset() {
    sessions = BACKEND.sessions();
  }

  private static void stubGet(Map<String, Object> body) {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(TestSessions.json(body))));
  }

  private static BackendApiException invalid(org.junit.jupiter.api.function.Executable call) {
    BackendApiException failure = assertThrows(BackendApiException.class, call);
    assertSame(ErrorKind.INVALID_RESPONSE, failure.kind(), failure.getMessage());
    return failure;
  }

  @Test
  void getWhenSessionExistsThenEveryMemberFromTheBody() throws Exception {
    stubGet(TestSessions.full());

    BackendSession session = sessions.get(ID);

    assertEquals(BackendSession.fromJson(TestSessions.json(TestSessions.full())), session);
    assertEquals(Optional.of("203.0.113.7"), session.latestActivity().orElseThrow().ipAddress());
    BACKEND.server.verify(1, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhenSdkExampleBodyThenParsed() throws Exception {
    Map<String, Object> body = TestSessions.minimal();
    body.put("id", ID);
    stubGet(body);

    BackendSession session = sessions.get(ID);

    assertSame(BackendSessionStatus.ENDED, session.status());
    assertEquals(Instant.ofEpochMilli(290077), session.expireAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "revoked", "ended", "expired", "removed", "abandoned", "replaced", "pending",
      "archived"})
  void getWhenAnyStatusThenKeptAsSent(String status) throws Exception {
    Map<String, Object> body = TestSessions.full();
    body.put("status", status);
    stubGet(body);

    BackendSession session = sessions.get(ID);

    assertEquals(status, session.status().value());
    assertEquals(!status.equals("archived"), session.status().isKnown());
  }

  @Test
  void getWhenNullableMembersAreNullThenEmpty() throws Exception {
    Map<String, Object> body = TestSessions.full();
    body.put("latest_activity", null);
    stubGet(body);

    BackendSession session = sessions.get(ID);

    assertTrue(session.actor().isEmpty());
    assertTrue(session.lastActiveOrganizationId().isEmpty());
    assertTrue(session.latestActivity().isEmpty());
    assertTrue(session.tasks().isEmpty());
  }

  @Test
  void getWhenRequiredMemberMissingThenInvalidResponseNamingIt() {
    Map<String, Object> body = TestSessions.full();
    body.remove("client_id");
    stubGet(body);

    BackendApiException failure = invalid(() -> sessions.get(ID));

    assertEquals("GET /v1/sessions/" + ID + " answered with an unusable body: \"client_id\" is required but missing",
        failure.getMessage());
  }

  @Test
  void getWhenBodyIsNotJsonThenInvalidResponseWithoutTheBody() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(200)
        .withBody("<html>secret-looking page</html>")));

    BackendApiException failure = invalid(() -> sessions.get(ID));

    assertTrue(failure.getMessage().endsWith("the body is not one strict JSON object"));
  }

  @Test
  void getWhenIdHasReservedCharactersThenPercentEncodedIntoOneSegment() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions/sess_%3F%23%C3%A4")).willReturn(okJson(
        TestSessions.json(TestSessions.full()))));

    sessions.get("sess_?#ä");

    assertEquals("/v1/sessions/sess_%3F%23%C3%A4", BACKEND.server.getAllServeEvents().get(0).getRequest().getUrl());
  }

  @Test
  void listWhenUserIdThenPaginatedQueryAndPage() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).willReturn(okJson(TestSessions.json(
        TestSessions.page(2, List.of(TestSessions.withId("sess_a"), TestSessions.withId("sess_b")))))));

    SessionPage page = sessions.list(SessionListRequest.builder().userId(TestSessions.USER_ID).build());

    assertEquals(List.of("sess_a", "sess_b"), page.sessions().stream().map(BackendSession::id).toList());
    assertEquals(2, page.totalCount());
    assertEquals(Optional.empty(), page.nextPage());
    BACKEND.server.verify(getRequestedFor(urlPathEqualTo("/v1/sessions"))
        .withQueryParam("user_id", equalTo(TestSessions.USER_ID))
        .withQueryParam("client_id", absent())
        .withQueryParam("status", absent())
        .withQueryParam("limit", equalTo("10"))
        .withQueryParam("offset", equalTo("0"))
        .withQueryParam("paginated", equalTo("true")));
  }

  @Test
  void listWhenClientIdAndStatusThenBothSent() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).willReturn(okJson(TestSessions.json(
        TestSessions.page(0, List.of())))));

    SessionPage page = sessions.list(SessionListRequest.builder().clientId(TestSessions.CLIENT_ID)
        .status(BackendSessionStatus.REVOKED).limit(50).offset(100).build());

    assertTrue(page.sessions().isEmpty());
    BACKEND.server.verify(getRequestedFor(urlPathEqualTo("/v1/sessions"))
        .withQueryParam("client_id", equalTo(TestSessions.CLIENT_ID))
        .withQueryParam("user_id", absent())
        .withQueryParam("status", equalTo("revoked"))
        .withQueryParam("limit", equalTo("50"))
        .withQueryParam("offset", equalTo("100")));
  }

  @Test
  void listWhenWalkingEveryPageThenEachSessionOnceInOrder() throws Exception {
    for (int offset = 0; offset < 5; offset += 2) {
      List<Map<String, Object>> data = new ArrayList<>();
      for (int i = offset; i < Math.min(offset + 2, 5); i++) {
        data.add(TestSessions.withId("sess_" + i));
      }
      BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).withQueryParam("offset", equalTo("" + offset))
          .willReturn(okJson(TestSessions.json(TestSessions.page(5, data)))));
    }

    List<String> ids = new ArrayList<>();
    Optional<SessionListRequest> next = Optional.of(SessionListRequest.builder().userId("user_1").limit(2).build());
    while (next.isPresent()) {
      SessionPage page = sessions.list(next.get());
      page.sessions().forEach(session -> ids.add(session.id()));
      next = page.nextPage();
    }

    assertEquals(List.of("sess_0", "sess_1", "sess_2", "sess_3", "sess_4"), ids);
    BACKEND.server.verify(3, getRequestedFor(urlPathEqualTo("/v1/sessions")));
  }

  @Test
  void listWhenBodyIsABareArrayThenInvalidResponse() {
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).willReturn(okJson("[" + TestSessions.json(
        TestSessions.full()) + "]")));

    invalid(() -> sessions.list(SessionListRequest.builder().userId("user_1").build()));
  }

  @Test
  void listWhenOneSessionIsMalformedThenErrorNamesItsIndex() {
    Map<String, Object> broken = TestSessions.withId("sess_b");
    broken.put("status", 3L);
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).willReturn(okJson(TestSessions.json(
        TestSessions.page(2, List.of(TestSessions.withId("sess_a"), broken))))));

    BackendApiException failure = invalid(() -> sessions.list(SessionListRequest.builder().userId("u").build()));

    assertTrue(failure.getMessage().endsWith("\"data[1].status\" must be a string"), failure.getMessage());
  }

  @Test
  void listWhenTotalCountMissingOrNegativeThenInvalidResponse() {
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).withQueryParam("offset", equalTo("0"))
        .willReturn(okJson("{\"data\":[]}")));
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions")).withQueryParam("offset", equalTo("1"))
        .willReturn(okJson("{\"data\":[],\"total_count\":-1}")));
    SessionListRequest request = SessionListRequest.builder().userId("u").build();

    assertTrue(invalid(() -> sessions.list(request)).getMessage().endsWith("\"total_count\" is required but missing"));
    assertTrue(invalid(() -> sessions.list(request.atOffset(1))).getMessage()
        .endsWith("\"total_count\" must not be negative"));
  }

  @Test
  void revokeWhenAcceptedThenPostWithoutBodyAndRevokedSession() throws Exception {
    Map<String, Object> revoked = TestSessions.full();
    revoked.put("status", "revoked");
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/revoke"))
        .willReturn(okJson(TestSessions.json(revoked))));

    BackendSession session = sessions.revoke(ID);

    assertSame(BackendSessionStatus.REVOKED, session.status());
    assertEquals(false, session.isValid());
    BACKEND.server.verify(postRequestedFor(urlPathEqualTo(SESSION_PATH + "/revoke"))
        .withHeader("Authorization", equalTo("Bearer " + TestBackend.SECRET_KEY))
        .withHeader("Content-Type", absent()));
    assertEquals(0, BACKEND.server.getAllServeEvents().get(0).getRequest().getBody().length);
  }

  @Test
  void revokeWhenNotFoundThenNotFound() {
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/revoke")).willReturn(aResponse().withStatus(404)
        .withBody(TestSessions.errorBody("resource_not_found", "not found", "not found", "t"))));

    assertSame(ErrorKind.NOT_FOUND, assertThrows(BackendApiException.class, () -> sessions.revoke(ID)).kind());
  }

  @Test
  void createTokenWhenNoTemplateThenPostsEmptyObjectAndReadsExp() throws Exception {
    String jwt = TestTokens.token().issuedAt(TestBackend.NOW).build();
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/tokens"))
        .willReturn(okJson(TestSessions.tokenBody(jwt))));

    Token token = sessions.createToken(ID);

    assertEquals(jwt, token.jwt());
    assertEquals(TestBackend.NOW.plusSeconds(60), token.expiresAt());
    BACKEND.server.verify(postRequestedFor(urlPathEqualTo(SESSION_PATH + "/tokens"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{}")));
  }

  @Test
  void createTokenWhenTemplateAndLifetimeThenTemplatePathAndExpiresInSeconds() throws Exception {
    String jwt = TestTokens.token().header("cat", "cl_template").claim("exp",
        TestBackend.NOW.plusSeconds(120).getEpochSecond()).build();
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/tokens/supabase"))
        .willReturn(okJson(TestSessions.tokenBody(jwt))));

    Token token = sessions.createToken(ID, "supabase", Duration.ofMinutes(2));

    assertEquals(TestBackend.NOW.plusSeconds(120), token.expiresAt());
    BACKEND.server.verify(postRequestedFor(urlPathEqualTo(SESSION_PATH + "/tokens/supabase"))
        .withRequestBody(equalToJson("{\"expires_in_seconds\":120}")));
  }

  @Test
  void createTokenWhenLifetimeOnlyThenSessionTokenPath() throws Exception {
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/tokens"))
        .willReturn(okJson(TestSessions.tokenBody(TestTokens.token().build()))));

    sessions.createToken(ID, null, Duration.ofSeconds(30));

    BACKEND.server.verify(postRequestedFor(urlPathEqualTo(SESSION_PATH + "/tokens"))
        .withRequestBody(equalToJson("{\"expires_in_seconds\":30}")));
  }

  @Test
  void createTokenWhenLifetimeIsNotPositiveWholeSecondsOrTemplateIsBadThenRejectedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(ID, null, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(ID, null, Duration.ofMillis(1500)));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(ID, null, Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(ID, "a/b", null));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(ID, "", null));
    assertTrue(BACKEND.server.getAllServeEvents().isEmpty());
  }

  @Test
  void createTokenWhenJwtHasNoExpThenInvalidResponseWithoutTheJwt() {
    String jwt = TestTokens.token().without("exp").build();
    BACKEND.server.stubFor(post(urlPathEqualTo(SESSION_PATH + "/tokens"))
        .willReturn(okJson(TestSessions.tokenBody(jwt))));

    BackendApiException failure = invalid(() -> sessions.createToken(ID));

    assertTrue(failure.getMessage().endsWith("\"jwt\" is not a JWT with a numeric exp claim"));
    assertTrue(!failure.getMessage().contains(jwt.substring(0, 20)));
  }

  @Test
  void getWhenVerifiedTokenThenFetchesItsSessionAndChecksTheUser() throws Exception {
    Map<String, Object> body = TestSessions.full();
    body.put("id", TestTokens.SESSION_ID);
    body.put("user_id", TestTokens.USER_ID);
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions/" + TestTokens.SESSION_ID))
        .willReturn(okJson(TestSessions.json(body))));

    BackendSession session = sessions.get(verified());

    assertEquals(TestTokens.SESSION_ID, session.id());
    assertEquals(Optional.of("Berlin"), session.latestActivity().flatMap(SessionActivity::city));
  }

  @Test
  void getWhenVerifiedTokenButSessionOfAnotherUserThenInvalidResponse() {
    Map<String, Object> body = TestSessions.full();
    body.put("id", TestTokens.SESSION_ID);
    BACKEND.server.stubFor(get(urlPathEqualTo("/v1/sessions/" + TestTokens.SESSION_ID))
        .willReturn(okJson(TestSessions.json(body))));

    BackendApiException failure = invalid(() -> sessions.get(verified()));

    assertTrue(failure.getMessage().contains("another user"));
  }

  @Test
  void revokeWhenVerifiedTokenThenRevokesItsSession() throws Exception {
    Map<String, Object> body = TestSessions.full();
    body.put("id", TestTokens.SESSION_ID);
    body.put("status", "revoked");
    BACKEND.server.stubFor(post(urlPathEqualTo("/v1/sessions/" + TestTokens.SESSION_ID + "/revoke"))
        .willReturn(okJson(TestSessions.json(body))));

    assertSame(BackendSessionStatus.REVOKED, sessions.revoke(verified()).status());
  }

  @Test
  void toStringWhenBuiltThenApiUrlButNoSecretKey() {
    String text = BACKEND.builder().build().toString();

    assertEquals("BackendApi[apiUrl=" + BACKEND.url() + "]", text);
  }

  private static Session verified() throws Exception {
    try (SessionVerifier verifier = SessionVerifier.builder()
        .jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC))
        .build()) {
      return verifier.verify(TestTokens.token().build());
    }
  }
}
