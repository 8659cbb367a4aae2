package dev.tollgate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.keys.DaemonRefreshScheduler;
import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import dev.tollgate.observability.KeySourceState;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys that stay up: bounded stale keys through an outage, refresh ahead of the TTL, junk answers that never
 * replace a good set, rotation, unknown-kid floods, Cache-Control, the verified-token cache, asynchronous
 * verification and shutdown. Time is an injected clock and background refreshes run only when the test runs
 * the manual scheduler, so every time bound below is checked to the millisecond without sleeping.
 */
class KeyResilienceTest {

  private static JwksServer jwks;
  private MutableClock clock;
  private ManualScheduler scheduler;
  private final List<Object> events = new CopyOnWriteArrayList<>();
  private SessionVerifier verifier;

  private final KeySourceListener recorder = new KeySourceListener() {
    @Override
    public void onKeysFetched(KeysFetched event) {
      events.add(event);
    }

    @Override
    public void onKeysFetchFailed(KeysFetchFailed event) {
      events.add(event);
    }

    @Override
    public void onStaleKeysServed(StaleKeysServed event) {
      events.add(event);
    }

    @Override
    public void onKeySetChanged(KeySetChanged event) {
      events.add(event);
    }

    @Override
    public void onRefetchThrottled(RefetchThrottled event) {
      events.add(event);
    }
  };

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

  @AfterEach
  void tearDown() {
    verifier.close();
  }

  /** Where in [d/2, d] every backoff of these tests falls. */
  private static final double JITTER = 0.5;

  private SessionVerifierBuilder builder() {
    return builder(Duration.ofSeconds(2));
  }

  /**
   * Each verifier gets its own manual scheduler (closing a verifier closes its scheduler). Backoffs fall
   * {@value #JITTER} of the way from d/2 to d, so retry times are exact.
   */
  private SessionVerifierBuilder builder(Duration fetchTimeout) {
    scheduler = new ManualScheduler(clock);
    return SessionVerifier.builder().jwksUrl(jwks.url()).clock(clock).refreshScheduler(scheduler)
        .backoffJitter(() -> JITTER).keySourceListener(recorder).keyFetchTimeout(fetchTimeout);
  }

  private String token() {
    return TestTokens.token().issuedAt(clock.instant()).claim("jti", "t" + ThreadLocalRandom.current().nextLong())
        .build();
  }

  /** Moves the clock to each scheduled task in turn until {@code until}, running the tasks as they fall due. */
  private void runSchedulerUntil(Instant until) {
    scheduler.runUntil(clock, until);
  }

  private <T> List<T> events(Class<T> type) {
    List<T> matching = new ArrayList<>();
    for (Object event : events) {
      if (type.isInstance(event)) {
        matching.add(type.cast(event));
      }
    }
    return matching;
  }

  @Test
  void verifyWhenEndpointIsDownTwoHoursThenStaleForExactlyTheBoundThenUnavailableThenHealthyAgain()
      throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    Instant fetchedAt = clock.instant();
    Instant freshUntil = fetchedAt.plus(SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE);
    Instant staleUntil = freshUntil.plus(SessionVerifier.DEFAULT_STALE_KEYS_MAX_AGE);
    jwks.serve(503, "upstream down");

    runSchedulerUntil(freshUntil.minusMillis(1));
    assertEquals(KeySourceState.HEALTHY, verifier.health().state());
    assertTrue(verifier.health().consecutiveFailures() > 0, "the refresh ahead of the TTL has been failing");

    runSchedulerUntil(freshUntil);
    assertEquals(TestTokens.USER_ID, verifier.verify(token()).userId());
    assertEquals(KeySourceState.DEGRADED, verifier.health().state());

    runSchedulerUntil(staleUntil.minusMillis(1));
    assertEquals(TestTokens.USER_ID, verifier.verify(token()).userId(), "still served 1 ms before the bound");
    KeySourceListener.StaleKeysServed stale = events(KeySourceListener.StaleKeysServed.class)
        .get(events(KeySourceListener.StaleKeysServed.class).size() - 1);
    assertEquals(Duration.ofMillis(1), stale.remaining());

    runSchedulerUntil(staleUntil);
    String token = token();
    KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class, () -> verifier.verify(token));
    assertTrue(unavailable.getMessage().contains("503"), unavailable.getMessage());
    KeySourceHealth down = verifier.health();
    assertEquals(KeySourceState.UNAVAILABLE, down.state());
    assertEquals(KeyFetchFailure.Kind.HTTP_ERROR, down.lastFailureCause().orElseThrow().kind());
    assertEquals(staleUntil, down.staleUntil().orElseThrow());

    runSchedulerUntil(fetchedAt.plus(Duration.ofHours(2)));
    assertThrows(KeysUnavailableException.class, () -> verifier.verify(token()));
    // The refresh at 4 min fails, then retries wait 0.75, 1.5, 3, 6, 12 and 24 s, then 45 s (3/4 of the
    // one-minute cap) each: 7 attempts by 4 min 47.25 s, and 153 more by two hours.
    assertEquals(160, jwks.requests() - 1,
        "retries with backoff capped at one minute over two hours, not a storm");

    jwks.serve(TestJwks.primary());
    runSchedulerUntil(Instant.ofEpochMilli(scheduler.nextDueAt()));
    assertEquals(KeySourceState.HEALTHY, verifier.health().state());
    assertEquals(0, verifier.health().consecutiveFailures());
    assertEquals(TestTokens.USER_ID, verifier.verify(token()).userId());
  }

  @Test
  void verifyWhenStaleServingIsDisabledThenUnavailableAtTheTtl() throws Exception {
    SessionVerifier strict = builder().staleKeysMaxAge(Duration.ZERO).build();
    strict.warmUp(Duration.ofSeconds(5));
    jwks.serve(500, "");
    Instant freshUntil = clock.instant().plus(SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE);

    runSchedulerUntil(freshUntil.minusMillis(1));
    strict.verify(token());
    runSchedulerUntil(freshUntil);
    assertThrows(KeysUnavailableException.class, () -> strict.verify(token()));
    strict.close();
  }

  @Test
  void verifyWhenEndpointIsSlowerThanTheTimeoutThenColdVerifierIsUnavailableAndWarmOneKeepsServing()
      throws Exception {
    jwks.answer(aResponse().withStatus(200).withBody(TestJwks.primary()).withFixedDelay(3000));
    SessionVerifier slow = builder(Duration.ofMillis(300)).build();
    long started = System.nanoTime();
    KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class, () -> slow.verify(token()));
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(unavailable.getMessage().contains("did not answer within 300 ms"), unavailable.getMessage());
    assertTrue(waitedMillis < 2500, "bounded by the fetch timeout, not the endpoint: " + waitedMillis);
    assertEquals(KeyFetchFailure.Kind.TIMEOUT, slow.health().lastFailureCause().orElseThrow().kind());
    slow.close();

    jwks.serve(TestJwks.primary());
    SessionVerifier warm = builder(Duration.ofMillis(300)).build();
    warm.warmUp(Duration.ofSeconds(5));
    jwks.answer(aResponse().withStatus(200).withBody(TestJwks.primary()).withFixedDelay(3000));
    runSchedulerUntil(clock.instant().plus(Duration.ofMinutes(4)));
    assertEquals(KeyFetchFailure.Kind.TIMEOUT, warm.health().lastFailureCause().orElseThrow().kind());
    assertEquals(TestTokens.USER_ID, warm.verify(token()).userId());
    warm.close();
  }

  @Test
  void refreshWhenAnswerIsJunkThenGoodKeySetIsKept() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    String big = "{\"keys\":[" + "{\"kty\":\"RSA\"},".repeat(70_000) + "{}]}";
    Object[][] junk = {
        {500, "{\"keys\":[]}", KeyFetchFailure.Kind.HTTP_ERROR},
        {429, "slow down", KeyFetchFailure.Kind.HTTP_ERROR},
        {200, "<!doctype html><title>Maintenance</title>", KeyFetchFailure.Kind.MALFORMED},
        {200, TestJwks.primary().substring(0, 120), KeyFetchFailure.Kind.MALFORMED},
        {200, big, KeyFetchFailure.Kind.RESPONSE_TOO_LARGE},
        {200, "{\"keys\":[]}", KeyFetchFailure.Kind.NO_USABLE_KEYS},
    };
    for (Object[] answer : junk) {
      jwks.serve((Integer) answer[0], (String) answer[1]);
      runSchedulerUntil(Instant.ofEpochMilli(scheduler.nextDueAt()));
      KeySourceHealth health = verifier.health();
      assertEquals(answer[2], health.lastFailureCause().orElseThrow().kind(), () -> "answer " + answer[0]);
      assertEquals(java.util.Set.of(TestTokens.KID), health.keyIds());
      assertEquals(TestTokens.USER_ID, verifier.verify(token()).userId());
    }
    assertEquals(1, events(KeySourceListener.KeysFetched.class).size(), "no junk answer was installed");
  }

  @Test
  void verifyWhenKeyIsRotatedOutThenCachedVerificationsAreDroppedAfterTheNextRefresh() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    String oldToken = token();
    Session first = verifier.verify(oldToken);
    assertSame(first, verifier.verify(oldToken), "served from the verified-token cache");

    jwks.serve(TestJwks.of(TestJwks.jwk("rotated", TestKeys.SECONDARY)));
    runSchedulerUntil(clock.instant().plus(Duration.ofMinutes(4)));

    KeySourceListener.KeySetChanged change = events(KeySourceListener.KeySetChanged.class).get(1);
    assertEquals(java.util.Set.of("rotated"), change.added());
    assertEquals(java.util.Set.of(TestTokens.KID), change.removed());
    TokenVerificationException rejected = assertThrows(TokenVerificationException.class,
        () -> verifier.verify(oldToken));
    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejected.reason());
    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().issuedAt(clock.instant()).kid("rotated")
        .signedWith(TestKeys.SECONDARY).build()).userId());
  }

  @Test
  void verifyWhenTenThousandRandomKidsBurstThenOneFetchPerCooldownAndRealNewKidsStillAccepted() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    jwks.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.PRIMARY),
        TestJwks.jwk("rotated", TestKeys.SECONDARY)));
    String payload = TestTokens.base64Url(Json.write(TestTokens.token().issuedAt(clock.instant()).claims()));
    String signature = TestTokens.base64Url(new byte[256]);
    Instant burstStart = clock.instant();

    int[] requestsAtWindowStart = new int[5];
    for (int i = 0; i < 10_000; i++) {
      if (i % 3_000 == 0) {
        requestsAtWindowStart[i / 3_000] = jwks.requests(); // 3,000 tokens, 10 ms apart: one 30 s window
      }
      clock.set(burstStart.plusMillis(i * 10L));
      if (i == 5_000) {
        jwks.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.PRIMARY),
            TestJwks.jwk("rotated", TestKeys.SECONDARY), TestJwks.jwk("rotated-2", TestKeys.SECONDARY)));
      }
      String header = "{\"alg\":\"RS256\",\"kid\":\"random-" + i + "-" + ThreadLocalRandom.current().nextLong() + "\"}";
      String token = TestTokens.base64Url(header) + "." + payload + "." + signature;
      TokenVerificationException rejected = assertThrows(TokenVerificationException.class,
          () -> verifier.verify(token));
      assertEquals(RejectionReason.JWK_KID_MISMATCH, rejected.reason());
    }
    requestsAtWindowStart[4] = jwks.requests();
    for (int window = 0; window < 4; window++) {
      int fetches = requestsAtWindowStart[window + 1] - requestsAtWindowStart[window];
      assertTrue(fetches <= 1, "window " + window + ": " + fetches + " fetches");
    }
    assertEquals(1 + 4, jwks.requests(), "warm-up plus one refetch in each 30 s window of the 100 s burst");
    assertFalse(events(KeySourceListener.RefetchThrottled.class).isEmpty());

    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().issuedAt(clock.instant()).kid("rotated")
        .signedWith(TestKeys.SECONDARY).build()).userId());
    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().issuedAt(clock.instant()).kid("rotated-2")
        .signedWith(TestKeys.SECONDARY).build()).userId());
  }

  @Test
  void verifyWhenTwoHundredThreadsHitAColdVerifierThenOneFetch() throws Exception {
    jwks.answer(aResponse().withStatus(200).withBody(TestJwks.primary()).withFixedDelay(300));
    ExecutorService pool = Executors.newFixedThreadPool(200);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Session>> results = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String token = token();
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
  void verifyWhenTtlIsReachedThenNoRequestWaitsBecauseTheRefreshAlreadyRan() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    Instant freshUntil = clock.instant().plus(SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE);

    runSchedulerUntil(freshUntil);
    for (int i = 0; i < 50; i++) {
      verifier.verify(token());
      clock.advance(Duration.ofSeconds(1));
    }

    List<FetchTrigger> triggers = new ArrayList<>();
    events(KeySourceListener.KeysFetched.class).forEach(fetched -> triggers.add(fetched.trigger()));
    assertEquals(List.of(FetchTrigger.WARM_UP, FetchTrigger.SCHEDULED_REFRESH), triggers,
        "after warm-up only the background refresh fetched; no request thread did");
    assertEquals(2, jwks.requests());
    assertEquals(KeySourceState.HEALTHY, verifier.health().state());
  }

  @Test
  void refreshWhenCacheControlMaxAgeIsSentThenHonouredWithinOneMinuteToOneHour() throws Exception {
    long[][] cases = {{600, 600}, {0, 60}, {30, 60}, {86_400, 3_600}};
    for (long[] c : cases) {
      jwks.reset();
      jwks.answer(aResponse().withStatus(200).withHeader("Cache-Control", "public, max-age=" + c[0])
          .withBody(TestJwks.primary()));
      events.clear();
      SessionVerifier honouring = builder().build();
      honouring.warmUp(Duration.ofSeconds(5));
      assertEquals(Duration.ofSeconds(c[1]), events(KeySourceListener.KeysFetched.class).get(0).timeToLive(),
          "max-age=" + c[0]);
      honouring.close();
    }
  }

  @Test
  void refreshWhenMaxAgeIsZeroThenNoRefreshStorm() throws Exception {
    jwks.answer(aResponse().withStatus(200).withHeader("Cache-Control", "max-age=0, no-cache")
        .withBody(TestJwks.primary()));
    verifier.warmUp(Duration.ofSeconds(5));
    Instant end = clock.instant().plus(Duration.ofMinutes(10));

    String token = token();
    for (int second = 0; clock.instant().isBefore(end); second++) {
      if (second % 30 == 0) {
        token = token();
      }
      verifier.verify(token);
      clock.advance(Duration.ofSeconds(1));
      scheduler.runDue();
    }

    assertTrue(jwks.requests() <= 14, "one fetch per 48 s at most (80% of the one-minute floor): " + jwks.requests());
  }

  @Test
  void retryWhenFetchesKeepFailingThenBackoffDoublesWithItsJitterUpToOneMinute() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    jwks.serve(500, "");
    runSchedulerUntil(clock.instant().plus(Duration.ofMinutes(4)));
    List<Long> delays = new ArrayList<>();
    for (int attempt = 1; attempt <= 9; attempt++) {
      delays.add(scheduler.nextDueAt() - clock.millis());
      runSchedulerUntil(Instant.ofEpochMilli(scheduler.nextDueAt()));
    }
    // Three quarters of the ceilings 1, 2, 4, 8, 16, 32 s and the one-minute cap.
    assertEquals(List.of(750L, 1_500L, 3_000L, 6_000L, 12_000L, 24_000L, 45_000L, 45_000L, 45_000L), delays);
    KeySourceListener.KeysFetchFailed last = events(KeySourceListener.KeysFetchFailed.class)
        .get(events(KeySourceListener.KeysFetchFailed.class).size() - 1);
    assertEquals(FetchTrigger.RETRY, last.trigger());
    assertEquals(Optional.of(Duration.ofSeconds(45)), last.nextAttemptIn());
  }

  @Test
  void verifyAsyncWhenWarmThenCompletesOnTheCallingThread() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    Thread caller = Thread.currentThread();
    Thread[] ranOn = new Thread[1];

    CompletableFuture<Session> verified = verifier.verifyAsync(token()).toCompletableFuture();

    assertTrue(verified.isDone(), "complete before verifyAsync returned: no thread hop");
    verified.thenRun(() -> ranOn[0] = Thread.currentThread());
    assertSame(caller, ranOn[0]);
    assertEquals(TestTokens.USER_ID, verified.join().userId());
  }

  @Test
  void verifyAsyncWhenColdThenReturnsAtOnceAndCompletesWhenKeysArrive() throws Exception {
    jwks.answer(aResponse().withStatus(200).withBody(TestJwks.primary()).withFixedDelay(500));

    long started = System.nanoTime();
    CompletableFuture<Session> verified = verifier.verifyAsync(token()).toCompletableFuture();
    long returnedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertFalse(verified.isDone());
    assertTrue(returnedAfterMillis < 400, "did not wait for the 500 ms fetch: " + returnedAfterMillis);
    assertEquals(TestTokens.USER_ID, verified.get(5, TimeUnit.SECONDS).userId());
  }

  @Test
  void verifyAsyncWhenRejectedOrUnavailableThenFailsWithTheUnwrappedException() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    String token = token();
    clock.advance(Duration.ofMinutes(2));

    CompletableFuture<Session> expired = verifier.verifyAsync(token).toCompletableFuture();
    assertTrue(expired.isDone(), "a warm rejection completes at once too");
    Throwable[] failure = new Throwable[1];
    expired.whenComplete((session, error) -> failure[0] = error);
    assertTrue(failure[0] instanceof TokenVerificationException, String.valueOf(failure[0]));
    assertEquals(RejectionReason.TOKEN_EXPIRED, ((TokenVerificationException) failure[0]).reason());

    jwks.serve(500, "");
    SessionVerifier cold = builder().build();
    Throwable[] unavailable = new Throwable[1];
    cold.verifyAsync(token()).whenComplete((session, error) -> unavailable[0] = error).toCompletableFuture()
        .exceptionally(error -> null).get(5, TimeUnit.SECONDS);
    assertTrue(unavailable[0] instanceof KeysUnavailableException, String.valueOf(unavailable[0]));
    cold.close();
  }

  @Test
  void closeWhenVerifierUsesTheDaemonSchedulerThenItsThreadStops() throws Exception {
    DaemonRefreshScheduler daemon = new DaemonRefreshScheduler();
    SessionVerifier closing = SessionVerifier.builder().jwksUrl(jwks.url()).refreshScheduler(daemon).build();
    closing.warmUp(Duration.ofSeconds(5));
    assertFalse(daemon.isTerminated());

    closing.close();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!daemon.isTerminated() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertTrue(daemon.isTerminated());
    assertThrows(KeysUnavailableException.class, () -> closing.verify(TestTokens.token().build()));
    assertEquals(KeySourceState.UNAVAILABLE, closing.health().state());
    closing.close();
  }

  @Test
  void listenerWhenItThrowsThenVerificationIsUnaffected() throws Exception {
    SessionVerifier withBadListener = builder().build();
    SessionVerifier throwing = SessionVerifier.builder().jwksUrl(jwks.url()).clock(clock)
        .refreshScheduler(new ManualScheduler(clock)).keySourceListener(new KeySourceListener() {
          @Override
          public void onKeysFetched(KeysFetched event) {
            throw new IllegalStateException("listener bug");
          }
        }).build();

    assertEquals(TestTokens.USER_ID, throwing.verify(token()).userId());
    assertEquals(KeySourceState.HEALTHY, throwing.health().state());
    throwing.close();
    withBadListener.close();
  }
}
