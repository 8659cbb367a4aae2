package dev.tollgate.backend.attacks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tollgate.backend.BackendApi;
import dev.tollgate.backend.BackendApiException;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.backend.GetTokenOptions;
import dev.tollgate.backend.BackendSession;
import dev.tollgate.backend.SessionListRequest;
import dev.tollgate.backend.Sessions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hostile caller or a hostile (or broken) upstream against the public API only: ids that try to leave their
 * path segment, answers that try to steer the client elsewhere, make it buffer without bound, confuse the
 * parser, inject into logs, or get the secret key echoed.
 */
class BackendApiAttacksTest {

  private static final String SECRET = "sk_test_AttackerWantsThisKey000000000000000";
  private static final String SESSION = "/v1/sessions/sess_1";

  private static WireMockServer clerk;
  private static WireMockServer elsewhere;
  private Sessions sessions;

  @BeforeAll
  static void start() {
    clerk = new WireMockServer(options().dynamicPort());
    elsewhere = new WireMockServer(options().dynamicPort());
    clerk.start();
    elsewhere.start();
  }

  @AfterAll
  static void stop() {
    clerk.stop();
    elsewhere.stop();
  }

  @BeforeEach
  void reset() {
    clerk.resetAll();
    elsewhere.resetAll();
    sessions = BackendApi.builder().secretKey(SECRET).apiUrl(URI.create(clerk.baseUrl())).maxAttempts(1).build()
        .sessions();
  }

  private static String session(String extra) {
    return "{\"object\":\"session\",\"id\":\"sess_1\",\"user_id\":\"user_1\",\"client_id\":\"client_1\","
        + "\"status\":\"revoked\",\"last_active_at\":1,\"expire_at\":2,\"abandon_at\":3,\"updated_at\":4,"
        + "\"created_at\":5" + extra + "}";
  }

  private static BackendApiException failure(org.junit.jupiter.api.function.Executable call) {
    BackendApiException failure = assertThrows(BackendApiException.class, call);
    assertFalse(String.valueOf(failure.getMessage()).contains(SECRET));
    return failure;
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "sess_1/revoke", "../users/user_1", "sess_1 ", "sess_1\r\nX-Evil: 1", "\t",
      "sess_1\\..\\jwks", "sess\u2028"})
  void idWhenItTriesToLeaveItsPathSegmentThenRejectedBeforeAnythingIsSent(String id) {
    assertThrows(IllegalArgumentException.class, () -> sessions.get(id));
    assertThrows(IllegalArgumentException.class, () -> sessions.revoke(id));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken(id));
    assertThrows(IllegalArgumentException.class, () -> sessions.createToken("sess_1", id, null));
    assertThrows(IllegalArgumentException.class, () -> sessions.getToken(id));
    assertThrows(IllegalArgumentException.class, () -> GetTokenOptions.builder().template(id));
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().userId(id));
    assertTrue(clerk.getAllServeEvents().isEmpty());
  }

  @Test
  void idWhenItCarriesQueryOrFragmentCharactersThenEncodedIntoTheSegment() throws Exception {
    clerk.stubFor(get(anyUrl()).willReturn(okJson(session(""))));

    sessions.get("sess_1?paginated=false#x");

    assertEquals("/v1/sessions/sess_1%3Fpaginated%3Dfalse%23x", clerk.getAllServeEvents().get(0).getRequest().getUrl());
  }

  @Test
  void redirectWhenUpstreamPointsElsewhereThenNotFollowedSoTheKeyStaysHome() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(307)
        .withHeader("Location", elsewhere.baseUrl() + SESSION)));

    assertSame(ErrorKind.UNEXPECTED_STATUS, failure(() -> sessions.get("sess_1")).kind());
    elsewhere.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void httpClientWhenItFollowsRedirectsThenRefusedAtBuildSoTheKeyNeverReachesTheTarget() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(302)
        .withHeader("Location", elsewhere.baseUrl() + SESSION)));
    elsewhere.stubFor(get(anyUrl()).willReturn(okJson(session(""))));
    HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BackendApi.builder()
        .secretKey(SECRET).apiUrl(URI.create(clerk.baseUrl())).maxAttempts(1).httpClient(following).build()
        .sessions().get("sess_1"), "a client that follows redirects resends the secret key to the target");

    assertTrue(refused.getMessage().startsWith("httpClient must not follow redirects"), refused.getMessage());
    elsewhere.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void errorBodyWhenItEchoesTheSecretKeyThenRedactedEverywhere() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(401).withBody(
        "{\"errors\":[{\"code\":\"" + SECRET + "\",\"message\":\"key " + SECRET + "\",\"long_message\":\"" + SECRET
            + "\"}],\"clerk_trace_id\":\"" + SECRET + "\"}")));

    BackendApiException failure = failure(() -> sessions.get("sess_1"));

    assertFalse(failure.errors().toString().contains(SECRET));
    assertFalse(failure.codes().toString().contains(SECRET));
    assertFalse(failure.traceId().orElseThrow().contains(SECRET));
  }

  @Test
  void errorBodyWhenItCarriesLineBreaksThenTheyCannotForgeLogLines() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(404).withBody(
        "{\"errors\":[{\"code\":\"x\\nERROR forged\",\"message\":\"m\\r\\nINFO forged\"}]}")));

    BackendApiException failure = failure(() -> sessions.get("sess_1"));

    assertFalse(failure.getMessage().contains("\n"));
    assertFalse(failure.getMessage().contains("\r"));
  }

  @Test
  void bodyWhenDuplicateMembersTryToFlipTheStatusThenRejectedNotLastWins() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(okJson(session(",\"status\":\"active\""))));

    assertSame(ErrorKind.INVALID_RESPONSE, failure(() -> sessions.get("sess_1")).kind());
  }

  @Test
  void bodyWhenNestedBeyondTheParsersDepthThenInvalidResponseNotStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(okJson(session(",\"actor\":{\"x\":" + deep + "}"))));

    assertSame(ErrorKind.INVALID_RESPONSE, failure(() -> sessions.get("sess_1")).kind());
  }

  @Test
  void bodyWhenItNeverEndsThenCutAtTheCapWithinTheTimeout() {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(okJson(session(",\"pad\":\"" + "A".repeat(5 << 20) + "\""))));

    assertSame(ErrorKind.INVALID_RESPONSE, failure(() -> sessions.get("sess_1")).kind());
  }

  @Test
  void secretKeyWhenClientIsPrintedThenNeverShown() {
    BackendApi api = BackendApi.builder().secretKey(SECRET).requestTimeout(Duration.ofSeconds(1)).build();

    assertFalse(api.toString().contains(SECRET));
    assertFalse(api.sessions().toString().contains(SECRET));
  }

  @Test
  void validSessionWhenParsedThenUnaffectedByTheseDefences() throws Exception {
    clerk.stubFor(get(urlPathEqualTo(SESSION)).willReturn(okJson(session(""))));

    BackendSession session = sessions.get("sess_1");

    assertEquals("revoked", session.status().value());
  }
}
