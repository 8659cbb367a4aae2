package dev.tollgate.backend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Sessions#getToken(String, GetTokenOptions)} with Clerk's {@code getToken()} semantics, against WireMock
 * and a {@link dev.tollgate.testing.MutableClock}: reuse within the minute, refresh inside the leeway,
 * {@code skipCache}, keys, failures, and one request for many concurrent callers.
 */
class TokenCacheTest {

  private static final String ID = TestSessions.SESSION_ID;
  private static final String TOKENS_PATH = "/v1/sessions/" + ID + "/tokens";
  private static final int CALLERS = 50;

  /** Holds matching responses until {@link #open} is counted down: a mint that stays in flight on demand. */
  private static final class Gate implements ResponseTransformerV2 {
    volatile CountDownLatch open = new CountDownLatch(0);

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
      try {
        open.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return response;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return "gate";
    }
  }

  private static final Gate GATE = new Gate();
  @RegisterExtension
  static final TestBackend BACKEND = new TestBackend(GATE);

  @BeforeEach
  void reset() {
    GATE.open = new CountDownLatch(0);
  }

  /** A Clerk session token issued at {@code issuedAt}: exp = issuedAt + 60 s. */
  private static String jwt(Instant issuedAt) {
    return TestTokens.token().issuedAt(issuedAt).build();
  }

  /** The token endpoint answers with these JWTs in turn, then keeps answering with the last. */
  private static void mintInTurn(String path, String... jwts) {
    for (int i = 0; i < jwts.length; i++) {
      String state = i == 0 ? STARTED : "minted " + i;
      BACKEND.server.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
          .willReturn(okJson(TestSessions.tokenBody(jwts[i])))
          .willSetStateTo(i + 1 < jwts.length ? "minted " + (i + 1) : state));
    }
  }

  private static int mints(String path) {
    return BACKEND.server.countRequestsMatching(postRequestedFor(urlPathEqualTo(path)).build()).getCount();
  }

  private static GetTokenOptions leeway(Duration leeway) {
    return GetTokenOptions.builder().leeway(leeway).build();
  }

  @Test
  void getTokenWhenAskedAgainWithinTheMinuteThenSameTokenWithoutRequest() throws Exception {
    String first = jwt(TestBackend.NOW);
    mintInTurn(TOKENS_PATH, first, jwt(TestBackend.NOW.plusSeconds(1)));
    Sessions sessions = BACKEND.sessions();

    Token token = sessions.getToken(ID);
    BACKEND.clock.advance(Duration.ofSeconds(49));
    Token again = sessions.getToken(ID);

    assertEquals(first, token.jwt());
    assertSame(token, again);
    assertEquals(1, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenWithinTheLeewayOfExpThenNewToken() throws Exception {
    String first = jwt(TestBackend.NOW);
    String second = jwt(TestBackend.NOW.plusSeconds(50));
    mintInTurn(TOKENS_PATH, first, second);
    Sessions sessions = BACKEND.sessions();

    sessions.getToken(ID);
    BACKEND.clock.advance(Duration.ofMillis(49_999));
    assertEquals(first, sessions.getToken(ID).jwt(), "10.001 s before exp: still outside the leeway");
    BACKEND.clock.advance(Duration.ofMillis(1));
    assertEquals(second, sessions.getToken(ID).jwt(), "10 s before exp: inside the leeway");

    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenCallerChoosesLeewayThenItDecides() throws Exception {
    mintInTurn(TOKENS_PATH, jwt(TestBackend.NOW), jwt(TestBackend.NOW.plusSeconds(30)));
    Sessions sessions = BACKEND.sessions();

    sessions.getToken(ID, leeway(Duration.ofSeconds(30)));
    BACKEND.clock.advance(Duration.ofSeconds(29));
    sessions.getToken(ID, leeway(Duration.ofSeconds(30)));
    assertEquals(1, mints(TOKENS_PATH));
    sessions.getToken(ID, leeway(Duration.ofSeconds(25)));
    assertEquals(1, mints(TOKENS_PATH), "31 s left is outside a 25 s leeway");
    BACKEND.clock.advance(Duration.ofSeconds(1));
    sessions.getToken(ID, leeway(Duration.ofSeconds(30)));

    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenLeewayIsZeroThenReusedUntilExp() throws Exception {
    mintInTurn(TOKENS_PATH, jwt(TestBackend.NOW), jwt(TestBackend.NOW.plusSeconds(60)));
    Sessions sessions = BACKEND.sessions();

    sessions.getToken(ID, leeway(Duration.ZERO));
    BACKEND.clock.advance(Duration.ofMillis(59_999));
    sessions.getToken(ID, leeway(Duration.ZERO));
    assertEquals(1, mints(TOKENS_PATH));
    BACKEND.clock.advance(Duration.ofMillis(1));
    sessions.getToken(ID, leeway(Duration.ZERO));

    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenSkipCacheThenNewTokenWhichReplacesTheCachedOne() throws Exception {
    String first = jwt(TestBackend.NOW);
    String second = jwt(TestBackend.NOW.plusSeconds(1));
    mintInTurn(TOKENS_PATH, first, second, jwt(TestBackend.NOW.plusSeconds(2)));
    Sessions sessions = BACKEND.sessions();

    sessions.getToken(ID);
    Token skipped = sessions.getToken(ID, GetTokenOptions.builder().skipCache(true).build());
    Token after = sessions.getToken(ID);

    assertEquals(second, skipped.jwt());
    assertEquals(second, after.jwt());
    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenTemplatesOrSessionsDifferThenSeparateEntries() throws Exception {
    String sessionToken = jwt(TestBackend.NOW);
    String templateToken = TestTokens.token().issuedAt(TestBackend.NOW).claim("aud", "supabase").build();
    String otherSession = TestTokens.token().issuedAt(TestBackend.NOW).claim("sid", "sess_other").build();
    mintInTurn(TOKENS_PATH, sessionToken);
    mintInTurn(TOKENS_PATH + "/supabase", templateToken);
    mintInTurn("/v1/sessions/sess_other/tokens", otherSession);
    Sessions sessions = BACKEND.sessions();
    GetTokenOptions supabase = GetTokenOptions.builder().template("supabase").build();

    for (int round = 0; round < 2; round++) {
      assertEquals(sessionToken, sessions.getToken(ID).jwt());
      assertEquals(templateToken, sessions.getToken(ID, supabase).jwt());
      assertEquals(otherSession, sessions.getToken("sess_other").jwt());
    }

    assertEquals(1, mints(TOKENS_PATH));
    assertEquals(1, mints(TOKENS_PATH + "/supabase"));
    assertEquals(1, mints("/v1/sessions/sess_other/tokens"));
  }

  @Test
  void getTokenWhenTokenAlreadyExpiredThenNewOne() throws Exception {
    mintInTurn(TOKENS_PATH, jwt(TestBackend.NOW), jwt(TestBackend.NOW.plusSeconds(61)));
    Sessions sessions = BACKEND.sessions();

    sessions.getToken(ID);
    BACKEND.clock.advance(Duration.ofSeconds(61));

    assertEquals(TestBackend.NOW.plusSeconds(121), sessions.getToken(ID).expiresAt());
    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenMintFailsThenFailureIsNotCached() throws Exception {
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("healthy"));
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).inScenario("flaky").whenScenarioStateIs("healthy")
        .willReturn(okJson(TestSessions.tokenBody(jwt(TestBackend.NOW)))));
    Sessions sessions = BACKEND.sessions();

    BackendApiException failure = assertThrows(BackendApiException.class, () -> sessions.getToken(ID));
    Token token = sessions.getToken(ID);

    assertSame(ErrorKind.SERVER_ERROR, failure.kind());
    assertEquals(TestBackend.NOW.plusSeconds(60), token.expiresAt());
    assertEquals(2, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenSessionWasRevokedThenCachedTokensAreNotHandedOutAgain() throws Exception {
    mintInTurn(TOKENS_PATH, jwt(TestBackend.NOW), jwt(TestBackend.NOW.plusSeconds(1)));
    mintInTurn(TOKENS_PATH + "/supabase", jwt(TestBackend.NOW));
    java.util.Map<String, Object> revoked = TestSessions.full();
    revoked.put("status", "revoked");
    BACKEND.server.stubFor(post(urlPathEqualTo("/v1/sessions/" + ID + "/revoke"))
        .willReturn(okJson(TestSessions.json(revoked))));
    Sessions sessions = BACKEND.sessions();
    GetTokenOptions supabase = GetTokenOptions.builder().template("supabase").build();
    sessions.getToken(ID);
    sessions.getToken(ID, supabase);

    sessions.revoke(ID);
    sessions.getToken(ID);
    sessions.getToken(ID, supabase);

    assertEquals(2, mints(TOKENS_PATH));
    assertEquals(2, mints(TOKENS_PATH + "/supabase"));
  }

  @Test
  void getTokenWhenCacheIsFullThenOlderKeysAreEvicted() throws Exception {
    List<String> ids = List.of("sess_a", "sess_b", "sess_c");
    for (String id : ids) {
      mintInTurn("/v1/sessions/" + id + "/tokens", jwt(TestBackend.NOW));
    }
    Sessions sessions = BACKEND.builder().tokenCacheSize(1).build().sessions();

    for (int round = 0; round < 2; round++) {
      for (String id : ids) {
        sessions.getToken(id);
      }
    }

    int total = 0;
    for (String id : ids) {
      total += mints("/v1/sessions/" + id + "/tokens");
    }
    assertTrue(total >= 5, "a cache of one key cannot serve two of three keys again, but made " + total);
  }

  @Test
  void getTokenWhenFiftyCallersAskAtOnceThenOneRequestAndOneToken() throws Exception {
    String jwt = jwt(TestBackend.NOW);
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH))
        .willReturn(okJson(TestSessions.tokenBody(jwt)).withTransformers("gate")));
    CountDownLatch joined = new CountDownLatch(CALLERS - 1);
    Sessions sessions = BACKEND.builder().requestTimeout(Duration.ofSeconds(30)).onTokenShared(joined::countDown)
        .build().sessions();
    GATE.open = new CountDownLatch(1);

    List<Future<String>> results = askConcurrently(sessions, joined);

    for (Future<String> result : results) {
      assertEquals(jwt, result.get(20, TimeUnit.SECONDS));
    }
    assertEquals(1, mints(TOKENS_PATH));
  }

  @Test
  void getTokenWhenSharedMintFailsThenEveryCallerGetsTheFailureAndNothingIsCached() throws Exception {
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).inScenario("down").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502).withTransformers("gate")).willSetStateTo("up"));
    BACKEND.server.stubFor(post(urlPathEqualTo(TOKENS_PATH)).inScenario("down").whenScenarioStateIs("up")
        .willReturn(okJson(TestSessions.tokenBody(jwt(TestBackend.NOW)))));
    CountDownLatch joined = new CountDownLatch(CALLERS - 1);
    Sessions sessions = BACKEND.builder().requestTimeout(Duration.ofSeconds(30)).onTokenShared(joined::countDown)
        .build().sessions();
    GATE.open = new CountDownLatch(1);

    List<Future<String>> results = askConcurrently(sessions, joined);

    for (Future<String> result : results) {
      ExecutionException failed = assertThrows(ExecutionException.class, () -> result.get(20, TimeUnit.SECONDS));
      assertSame(ErrorKind.SERVER_ERROR, ((BackendApiException) failed.getCause()).kind());
    }
    assertEquals(1, mints(TOKENS_PATH));
    assertNotEquals(null, sessions.getToken(ID));
    assertEquals(2, mints(TOKENS_PATH));
  }

  /**
   * Starts {@link #CALLERS} threads asking for the token at once, waits until all but the one minting have
   * joined its request, then lets the request finish.
   */
  private static List<Future<String>> askConcurrently(Sessions sessions, CountDownLatch joined) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return sessions.getToken(ID).jwt();
        }));
      }
      go.countDown();
      assertTrue(joined.await(20, TimeUnit.SECONDS), "all other callers join the request in flight");
      GATE.open.countDown();
      for (Future<String> result : results) {
        try {
          result.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException expectedInSomeTests) {
          // inspected by the caller
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
