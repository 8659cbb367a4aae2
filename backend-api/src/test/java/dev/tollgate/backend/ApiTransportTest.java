package dev.tollgate.backend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authentication, error mapping, retries and timeouts of every call, against WireMock. */
class ApiTransportTest {

  private static final String ID = TestSessions.SESSION_ID;
  private static final String SESSION_PATH = "/v1/sessions/" + ID;
  private static final String REVOKE_PATH = SESSION_PATH + "/revoke";
  private static final String TOKENS_PATH = SESSION_PATH + "/tokens";

  @RegisterExtension
  static final TestBackend BACKEND = new TestBackend();

  private static String sessionBody() {
    return TestSessions.json(TestSessions.full());
  }

  private static ResponseDefinitionBuilder clerkError(int status, String code) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(TestSessions.errorBody(code, code + " message", code + " long message", "trace_" + status));
  }

  private static BackendApiException failure(Executable call) {
    BackendApiException failure = assertThrows(BackendApiException.class, call);
    assertFalse(String.valueOf(failure.getMessage()).contains(TestBackend.SECRET_KEY), failure.getMessage());
    assertFalse(failure.toString().contains(TestBackend.SECRET_KEY));
    return failure;
  }

  @Test
  void getWhenCalledThenSecretKeyAsBearerAndJsonAccepted() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(sessionBody())));

    BACKEND.sessions().get(ID);

    BACKEND.server.verify(getRequestedFor(urlPathEqualTo(SESSION_PATH))
        .withHeader("Authorization", equalTo("Bearer " + TestBackend.SECRET_KEY))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", equalTo("tollgate")));
  }

  @Test
  void getWhen401ThenUnauthorizedSaysTheSecretKeyIsWrongWithoutEchoingIt() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(TestSessions.errorBody("authentication_invalid",
            "Invalid authentication", "The secret key " + TestBackend.SECRET_KEY + " is invalid", "trace_401"))));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.UNAUTHORIZED, failure.kind());
    assertEquals(OptionalInt.of(401), failure.status());
    assertTrue(failure.getMessage().startsWith("the Backend API rejected the secret key"), failure.getMessage());
    assertTrue(failure.getMessage().contains("CLERK_SECRET_KEY"));
    assertEquals(List.of("authentication_invalid"), failure.codes());
    assertEquals(Optional.of("trace_401"), failure.traceId());
    assertFalse(failure.errors().toString().contains(TestBackend.SECRET_KEY));
    assertTrue(BACKEND.sleeps.isEmpty());
  }

  @Test
  void getWhen404ThenNotFoundWithClerkCodesAndTraceIdAndNoRetry() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(clerkError(404, "resource_not_found")));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.NOT_FOUND, failure.kind());
    assertEquals(List.of("resource_not_found"), failure.codes());
    assertEquals("resource_not_found long message", failure.errors().get(0).longMessage().orElseThrow());
    assertEquals(Optional.of("trace_404"), failure.traceId());
    assertEquals("GET /v1/sessions/" + ID + " answered 404: resource_not_found: resource_not_found long message"
        + " (clerk_trace_id trace_404)", failure.getMessage());
    BACKEND.server.verify(1, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void revokeWhen422ThenUnprocessableWithCodes() {
    BACKEND.server.stubFor(post(urlPathEqualTo(REVOKE_PATH)).willReturn(clerkError(422, "session_not_active")));

    BackendApiException failure = failure(() -> BACKEND.sessions().revoke(ID));

    assertSame(ErrorKind.UNPROCESSABLE, failure.kind());
    assertEquals(List.of("session_not_active"), failure.codes());
    BACKEND.server.verify(1, postRequestedFor(urlPathEqualTo(REVOKE_PATH)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"400, BAD_REQUEST", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND", "409, CLIENT_ERROR",
      "418, CLIENT_ERROR", "422, UNPROCESSABLE", "429, RATE_LIMITED", "500, SERVER_ERROR", "502, SERVER_ERROR",
      "503, SERVER_ERROR", "599, SERVER_ERROR", "302, UNEXPECTED_STATUS", "304, UNEXPECTED_STATUS",
      "100, UNEXPECTED_STATUS", "600, UNEXPECTED_STATUS"})
  void kindWhenStatusThenDistinguishable(int status, ErrorKind kind) {
    assertSame(kind, ApiTransport.kind(status));
  }

  @Test
  void getWhen429WithRetryAfterSecondsThenWaitsExactlyThatAndSucceeds() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(clerkError(429, "too_many_requests").withHeader("Retry-After", "2")).willSetStateTo("calm"));
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(okJson(sessionBody())));

    BackendSession session = BACKEND.sessions().get(ID);

    assertEquals(ID, session.id());
    assertEquals(List.of(Duration.ofSeconds(2)), BACKEND.sleeps);
    BACKEND.server.verify(2, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhen429WithRetryAfterHttpDateThenWaitsUntilThatDate() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(TestBackend.NOW.plusSeconds(3).atOffset(ZoneOffset.UTC));
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(clerkError(429, "too_many_requests").withHeader("Retry-After", date)).willSetStateTo("calm"));
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(okJson(sessionBody())));

    BACKEND.sessions().get(ID);

    assertEquals(List.of(Duration.ofSeconds(3)), BACKEND.sleeps);
  }

  @Test
  void getWhen429RetryAfterBeyondTheWaitBudgetThenFailsAtOnceWithTheServersWait() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH))
        .willReturn(clerkError(429, "too_many_requests").withHeader("Retry-After", "30")));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.RATE_LIMITED, failure.kind());
    assertTrue(failure.kind().isTransient());
    assertEquals(Optional.of(Duration.ofSeconds(30)), failure.retryAfter());
    assertTrue(BACKEND.sleeps.isEmpty());
    BACKEND.server.verify(1, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhen429WithoutRetryAfterThenExponentialBackoffUntilAttemptsRunOut() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(clerkError(429, "too_many_requests")));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.RATE_LIMITED, failure.kind());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), BACKEND.sleeps);
    assertTrue(failure.getMessage().endsWith("(after 3 attempts)"), failure.getMessage());
    BACKEND.server.verify(3, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhen500RepeatedlyThenBoundedAttemptsWithBackoff() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(clerkError(500, "internal_error")));
    Sessions sessions = BACKEND.builder().maxAttempts(4).build().sessions();

    BackendApiException failure = failure(() -> sessions.get(ID));

    assertSame(ErrorKind.SERVER_ERROR, failure.kind());
    assertEquals(OptionalInt.of(500), failure.status());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000)), BACKEND.sleeps);
    BACKEND.server.verify(4, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhen503ThenRetriedAndSucceeds() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("down").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody("<html>unavailable</html>")).willSetStateTo("up"));
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).inScenario("down").whenScenarioStateIs("up")
        .willReturn(okJson(sessionBody())));

    assertEquals(ID, BACKEND.sessions().get(ID).id());
    assertEquals(List.of(Duration.ofMillis(250)), BACKEND.sleeps);
  }

  @Test
  void getWhenRetryWaitBudgetIsSpentThenStopsBeforeMaxAttempts() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(502)));
    Sessions sessions = BACKEND.builder().maxAttempts(10).maxRetryWait(Duration.ofMillis(800)).build().sessions();

    failure(() -> sessions.get(ID));

    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), BACKEND.sleeps);
    BACKEND.server.verify(3, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void getWhenMaxAttemptsIsOneThenNoRetry() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(500)));
    Sessions sessions = BACKEND.builder().maxAttempts(1).build().sessions();

    assertSame(ErrorKind.SERVER_ERROR, failure(() -> sessions.get(ID)).kind());
    BACKEND.server.verify(1, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void postWhen5xxThenNeverRetried() {
    BACKEND.server.stubFor(post(urlPathEqualTo(REVOKE_PATH)).willReturn(clerkError(500, "internal_error")));
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "1")));

    assertSame(ErrorKind.SERVER_ERROR, failure(() -> BACKEND.sessions().revoke(ID)).kind());
    assertSame(ErrorKind.SERVER_ERROR, failure(() -> BACKEND.sessions().createToken(ID)).kind());

    assertTrue(BACKEND.sleeps.isEmpty());
    BACKEND.server.verify(1, postRequestedFor(urlPathEqualTo(REVOKE_PATH)));
    BACKEND.server.verify(1, postRequestedFor(urlPathEqualTo(TOKENS_PATH)));
  }

  @Test
  void postWhen429ThenRetriedHonouringRetryAfterSinceClerkDidNotActOnIt() throws Exception {
    BACKEND.server.stubFor(post(urlPathEqualTo(REVOKE_PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(clerkError(429, "too_many_requests").withHeader("Retry-After", "1")).willSetStateTo("calm"));
    Object revoked = TestSessions.json(revokedBody());
    BACKEND.server.stubFor(post(urlPathEqualTo(REVOKE_PATH)).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(okJson((String) revoked)));

    assertSame(BackendSessionStatus.REVOKED, BACKEND.sessions().revoke(ID).status());
    assertEquals(List.of(Duration.ofSeconds(1)), BACKEND.sleeps);
    BACKEND.server.verify(2, postRequestedFor(urlPathEqualTo(REVOKE_PATH)));
  }

  @Test
  void getWhenNoAnswerWithinRequestTimeoutThenTimeoutAndNotRetried() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(sessionBody()).withFixedDelay(1500)));
    Sessions sessions = BACKEND.builder().requestTimeout(Duration.ofMillis(200)).build().sessions();

    BackendApiException failure = failure(() -> sessions.get(ID));

    assertSame(ErrorKind.TIMEOUT, failure.kind());
    assertEquals(OptionalInt.empty(), failure.status());
    assertTrue(BACKEND.sleeps.isEmpty());
  }

  @Test
  void postWhenNoAnswerWithinRequestTimeoutThenTimeoutAndNotRetried() {
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).willReturn(okJson("{}").withFixedDelay(1500)));
    Sessions sessions = BACKEND.builder().requestTimeout(Duration.ofMillis(200)).build().sessions();

    assertSame(ErrorKind.TIMEOUT, failure(() -> sessions.createToken(ID)).kind());
    assertTrue(BACKEND.sleeps.isEmpty());
  }

  @Test
  void getWhenConnectionRefusedThenRetriedThenConnectionFailed() throws Exception {
    Sessions sessions = closedPortBackend();

    BackendApiException failure = failure(() -> sessions.get(ID));

    assertSame(ErrorKind.CONNECTION_FAILED, failure.kind());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), BACKEND.sleeps);
  }

  @Test
  void postWhenConnectionRefusedThenRetriedSinceNothingWasSent() throws Exception {
    Sessions sessions = closedPortBackend();

    assertSame(ErrorKind.CONNECTION_FAILED, failure(() -> sessions.revoke(ID)).kind());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), BACKEND.sleeps);
  }

  @Test
  void getWhenRedirectedThenNotFollowed() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(302)
        .withHeader("Location", BACKEND.server.baseUrl() + "/elsewhere")));

    assertSame(ErrorKind.UNEXPECTED_STATUS, failure(() -> BACKEND.sessions().get(ID)).kind());
    BACKEND.server.verify(0, getRequestedFor(urlPathEqualTo("/elsewhere")));
  }

  @Test
  void httpClientWhenInjectedThenUsedForCalls() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(sessionBody())
        .withHeader("Set-Cookie", "seen=by-the-injected-client; Path=/")));
    CookieManager cookies = new CookieManager();
    HttpClient injected = HttpClient.newBuilder().cookieHandler(cookies).build();

    BackendSession session = BACKEND.builder().httpClient(injected).build().sessions().get(ID);

    assertEquals(ID, session.id());
    assertEquals(List.of("seen=by-the-injected-client"),
        cookies.getCookieStore().getCookies().stream().map(Object::toString).toList(),
        "the injected client's cookie handler must have seen the answer");
  }

  @Test
  void getWhenSuccessBodyIsLargerThanTheCapThenInvalidResponse() {
    String huge = "{\"pad\":\"" + "x".repeat(ApiTransport.MAX_RESPONSE_BYTES) + "\"}";
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(huge)));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.INVALID_RESPONSE, failure.kind(), failure.getMessage());
    assertTrue(failure.getMessage().contains("more than " + ApiTransport.MAX_RESPONSE_BYTES + " bytes"));
  }

  @Test
  void getWhenDeclaredLengthIsLargerThanTheCapOverHttp11ThenInvalidResponse() {
    String huge = "{\"pad\":\"" + "x".repeat(ApiTransport.MAX_RESPONSE_BYTES) + "\"}";
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(huge)));
    HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    BackendApiException failure = failure(() -> BACKEND.builder().httpClient(http11).build().sessions().get(ID));

    assertSame(ErrorKind.INVALID_RESPONSE, failure.kind(), failure.getMessage());
    assertTrue(BACKEND.sleeps.isEmpty());
  }

  @Test
  void getWhenErrorBodyIsNotClerksThenKindFromStatusWithoutEntries() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(404)
        .withBody("<html>Not Found</html>")));

    BackendApiException failure = failure(() -> BACKEND.sessions().get(ID));

    assertSame(ErrorKind.NOT_FOUND, failure.kind());
    assertEquals(List.of(), failure.errors());
    assertEquals("GET /v1/sessions/" + ID + " answered 404", failure.getMessage());
  }

  @Test
  void getWhenThreadIsInterruptedThenInterruptedAndFlagKept() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(okJson(sessionBody()).withFixedDelay(1000)));
    Thread.currentThread().interrupt();

    BackendApiException failure;
    try {
      failure = failure(() -> BACKEND.sessions().get(ID));
    } finally {
      assertTrue(Thread.interrupted(), "the interrupt flag is set again");
    }

    assertSame(ErrorKind.INTERRUPTED, failure.kind());
  }

  @Test
  void getWhenInterruptedWhileWaitingToRetryThenInterrupted() {
    BACKEND.server.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(aResponse().withStatus(500)));
    Sessions sessions = BackendApi.builder().secretKey(TestBackend.SECRET_KEY).apiUrl(BACKEND.url())
        .sleeper(duration -> {
          throw new InterruptedException();
        }).build().sessions();

    BackendApiException failure;
    try {
      failure = failure(() -> sessions.get(ID));
    } finally {
      assertTrue(Thread.interrupted());
    }

    assertSame(ErrorKind.INTERRUPTED, failure.kind());
    BACKEND.server.verify(1, getRequestedFor(urlPathEqualTo(SESSION_PATH)));
  }

  @Test
  void apiUrlWhenItHasAPathThenCallsGoUnderItsV1() throws Exception {
    BACKEND.server.stubFor(get(urlPathEqualTo("/clerk/v1/sessions/" + ID)).willReturn(okJson(sessionBody())));
    Sessions sessions = BackendApi.builder().secretKey(TestBackend.SECRET_KEY)
        .apiUrl(URI.create(BACKEND.server.baseUrl() + "/clerk/")).build().sessions();

    assertEquals(ID, sessions.get(ID).id());
  }

  private static java.util.Map<String, Object> revokedBody() {
    java.util.Map<String, Object> body = TestSessions.full();
    body.put("status", "revoked");
    return body;
  }

  private static Sessions closedPortBackend() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return BackendApi.builder().secretKey(TestBackend.SECRET_KEY).apiUrl(URI.create("http://127.0.0.1:" + port))
        .clock(BACKEND.clock).sleeper(BACKEND.sleeps::add).jitter(ceiling -> ceiling).build().sessions();
  }
}
