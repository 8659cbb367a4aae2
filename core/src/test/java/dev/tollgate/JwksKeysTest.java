package dev.tollgate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceState;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys from a real HTTP JWKS endpoint: caching, single flight, unknown kids, rotation and bad answers. */
class JwksKeysTest {

  private static JwksServer jwks;
  private MutableClock clock;
  private ManualScheduler scheduler;
  private SessionVerifier verifier;

  @BeforeAll
  static void start() {
    jwks = new JwksServer();
  }

  @AfterAll
  static void stop() {
    jwks.close();
  }

  @BeforeEach
  void setUp() {
    jwks.reset();
    jwks.serve(TestJwks.primary());
    clock = new MutableClock(TestTokens.NOW);
    scheduler = new ManualScheduler(clock);
    verifier = builder().build();
  }

  private SessionVerifierBuilder builder() {
    return SessionVerifier.builder().jwksUrl(jwks.url()).clock(clock).refreshScheduler(scheduler)
        .verifiedTokenCacheSize(0).keyFetchTimeout(Duration.ofSeconds(2));
  }

  @AfterEach
  void tearDown() {
    verifier.close();
  }

  /** A valid token issued at the clock's current time. */
  private String token() {
    return TestTokens.token().issuedAt(clock.instant()).build();
  }

  @Test
  void verifyWhenKeysAreCachedThenNoFurtherRequest() throws Exception {
    verifier.verify(token());
    for (int i = 0; i < 20; i++) {
      verifier.verify(TestTokens.token().issuedAt(clock.instant()).claim("jti", "t" + i).build());
      clock.advance(Duration.ofSeconds(10));
    }

    assertEquals(1, jwks.requests());
  }

  @Test
  void verifyWhenHundredThreadsHitAColdVerifierThenExactlyOneRequest() throws Exception {
    jwks.answer(aResponse().withStatus(200).withBody(TestJwks.primary()).withFixedDelay(300));
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Session>> results = new ArrayList<>();
    String token = token();
    for (int i = 0; i < 100; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return verifier.verify(token);
      }));
    }
    start.countDown();
    for (Future<Session> result : results) {
      assertEquals(TestTokens.USER_ID, result.get(10, TimeUnit.SECONDS).userId());
    }
    pool.shutdown();

    assertEquals(1, jwks.requests());
  }

  @Test
  void verifyWhenUnknownKidsArriveWithinCooldownThenRejectedAtOnceWithoutRequests() throws Exception {
    verifier.verify(token());

    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(TestTokens.token().kid("kid-" + UUID.randomUUID())
        .build()));
    assertEquals(2, jwks.requests(), "the first unknown kid refetches once");
    for (int i = 0; i < 50; i++) {
      clock.advance(Duration.ofMillis(500));
      assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(TestTokens.token().kid("kid-" + i).build()));
    }
    assertEquals(2, jwks.requests(), "25 s of unknown kids inside the cooldown: no request");

    clock.advance(Duration.ofSeconds(6));
    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(TestTokens.token().kid("after-cooldown").build()));
    assertEquals(3, jwks.requests());
  }

  @Test
  void verifyWhenSameUnknownKidRepeatsAfterCooldownThenRememberedWithoutRequest() throws Exception {
    verifier.verify(token());
    String unknown = TestTokens.token().kid("never-published").build();
    rejection(unknown);
    clock.advance(Duration.ofSeconds(31));

    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(unknown));
    assertEquals(2, jwks.requests());
  }

  @Test
  void verifyWhenNewKidIsPublishedThenPickedUpByOneRefetch() throws Exception {
    verifier.verify(token());
    jwks.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.PRIMARY),
        TestJwks.jwk("rotated", TestKeys.SECONDARY)));

    Session rotated = verifier.verify(TestTokens.token().kid("rotated").signedWith(TestKeys.SECONDARY).build());

    assertEquals(TestTokens.USER_ID, rotated.userId());
    assertEquals(2, jwks.requests());
    assertTrue(verifier.health().keyIds().contains("rotated"));
  }

  @Test
  void verifyWhenOldKidIsRemovedThenRejectedAfterNextRefresh() throws Exception {
    verifier.verify(token());
    jwks.serve(TestJwks.of(TestJwks.jwk("rotated", TestKeys.SECONDARY)));
    clock.advance(Duration.ofMinutes(4));
    assertEquals(1, scheduler.runDue(), "the refresh ahead of the 5-minute TTL runs at 4 minutes");

    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(token()));
    assertEquals(TestTokens.USER_ID,
        verifier.verify(TestTokens.token().issuedAt(clock.instant()).kid("rotated").signedWith(TestKeys.SECONDARY)
            .build()).userId());
  }

  @Test
  void verifyWhenEndpointFailsColdThenUnavailableNeverRejected() {
    String[][] answers = {
        {"500", "{\"keys\":[]}"},
        {"200", "<html><body>Service temporarily unavailable</body></html>"},
        {"200", "{\"keys\":[]}"},
        {"200", "{}"},
        {"200", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"x\",\"n\":\"AQAB\""},
        {"404", "not found"},
        {"401", "{\"errors\":[{\"code\":\"authentication_invalid\"}]}"},
    };
    for (String[] answer : answers) {
      jwks.serve(Integer.parseInt(answer[0]), answer[1]);
      SessionVerifier cold = builder().build();
      KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class, () -> cold.verify(token()),
          () -> "answer " + answer[0] + " " + answer[1]);
      assertTrue(unavailable.retryAfter().toSeconds() >= 1);
      assertTrue(unavailable.getMessage().startsWith("Signing keys are unavailable"), unavailable.getMessage());
      assertEquals(KeySourceState.UNAVAILABLE, cold.health().state());
      cold.close();
    }
  }

  @Test
  void verifyWhenBodyIsOversizedThenUnavailable() {
    String padding = " ".repeat(SessionVerifier.MAX_KEY_SET_BYTES);
    jwks.serve(200, TestJwks.primary().replace("{\"keys\"", "{" + padding + "\"keys\""));

    KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class, () -> verifier.verify(token()));
    assertTrue(unavailable.getMessage().contains("more than 65536 bytes"), unavailable.getMessage());
  }

  @Test
  void verifyWhenColdFetchFailedThenNextRequestsAnswerAtOnceUntilBackoffEnds() {
    jwks.serve(503, "down");
    assertThrows(KeysUnavailableException.class, () -> verifier.verify(token()));
    for (int i = 0; i < 10; i++) {
      assertThrows(KeysUnavailableException.class, () -> verifier.verify(token()));
    }

    assertEquals(1, jwks.requests(), "requests inside the backoff do not fetch");
    assertEquals(1, scheduler.pending(), "a background retry is scheduled");
  }

  @Test
  void verifyWhenBackendApiIsUsedThenSecretKeyIsSentAsBearerAndNeverEchoed() throws Exception {
    jwks.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/jwks")
        .withHeader("Authorization",
            com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer sk_test_secret123"))
        .willReturn(aResponse().withStatus(200).withBody(TestJwks.primary())));
    SessionVerifier backend = SessionVerifier.builder().secretKey("sk_test_secret123").apiUrl(jwks.baseUrl())
        .clock(clock).refreshScheduler(new ManualScheduler(clock)).build();
    assertEquals(TestTokens.USER_ID, backend.verify(token()).userId());
    backend.close();

    jwks.wireMock().resetMappings();
    jwks.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/jwks")
        .willReturn(aResponse().withStatus(401).withBody("{\"errors\":[{\"code\":\"clerk_key_invalid\"}]}")));
    SessionVerifier wrongKey = SessionVerifier.builder().secretKey("sk_test_secret123").apiUrl(jwks.baseUrl())
        .clock(clock).refreshScheduler(new ManualScheduler(clock)).build();
    KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class, () -> wrongKey.verify(token()));
    assertTrue(unavailable.getMessage().contains("secret key"), unavailable.getMessage());
    assertFalse(unavailable.getMessage().contains("secret123"), unavailable.getMessage());
    assertFalse(wrongKey.health().toString().contains("secret123"), wrongKey.health().toString());
    wrongKey.close();
  }

  @Test
  void verifyWhenSignatureFailsWithKnownKidThenOneRefetchFindsTheNewKey() throws Exception {
    verifier.verify(token());
    jwks.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.SECONDARY)));
    String reissued = TestTokens.token().signedWith(TestKeys.SECONDARY).claim("jti", "new-key").build();

    assertEquals(TestTokens.USER_ID, verifier.verify(reissued).userId());
    assertEquals(2, jwks.requests());
    assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE,
        rejection(TestTokens.token().signedWith(TestKeys.generate(2048)).build()));
    assertEquals(2, jwks.requests(), "the second failure falls inside the cooldown");
  }

  @Test
  void warmUpWhenEndpointAnswersThenHealthyWithKeyIds() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));

    assertEquals(KeySourceState.HEALTHY, verifier.health().state());
    assertEquals(java.util.Set.of(TestTokens.KID), verifier.health().keyIds());
    assertSame(verifier.health().state(), KeySourceState.HEALTHY);
  }

  @Test
  void verifyWhenKidRotatesToAKeyRestrictedToAnotherAlgorithmThenJwkUnusableOnBothPaths() throws Exception {
    Map<String, Object> restricted = TestJwks.jwk(TestTokens.KID, TestKeys.SECONDARY);
    restricted.put("alg", "RS512");
    String rotatedSet = TestJwks.of(restricted);
    Map<String, java.util.function.Function<SessionVerifier, RejectionReason>> paths = new LinkedHashMap<>();
    paths.put("verify", target -> assertThrows(TokenVerificationException.class,
        () -> target.verify(rotatedToken())).reason());
    paths.put("verifyAsync", target -> assertInstanceOf(TokenVerificationException.class,
        target.verifyAsync(rotatedToken()).toCompletableFuture().handle((session, error) -> error).join()).reason());
    for (Map.Entry<String, java.util.function.Function<SessionVerifier, RejectionReason>> path : paths.entrySet()) {
      jwks.serve(TestJwks.primary());
      try (SessionVerifier warm = builder().build()) {
        warm.verify(token());
        jwks.serve(rotatedSet);
        clock.advance(SessionVerifier.DEFAULT_REFETCH_COOLDOWN.plusSeconds(1));
        int before = jwks.requests();

        assertEquals(RejectionReason.JWK_UNUSABLE, path.getValue().apply(warm),
            path.getKey() + " after the kid's key changed to one restricted to RS512");
        assertEquals(before + 1, jwks.requests(), path.getKey() + " refetches once for the changed key");
      }
      try (SessionVerifier cold = builder().build()) {
        assertEquals(RejectionReason.JWK_UNUSABLE, path.getValue().apply(cold),
            path.getKey() + " with the restricted key loaded directly");
      }
    }
  }

  /** RS256 with {@link TestKeys#SECONDARY} under {@link TestTokens#KID}, issued at the clock's current time. */
  private String rotatedToken() {
    return TestTokens.token().issuedAt(clock.instant()).signedWith(TestKeys.SECONDARY).build();
  }

  private RejectionReason rejection(String token) {
    return assertThrows(TokenVerificationException.class, () -> verifier.verify(token)).reason();
  }
}
