package dev.tollgate.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.testing.Answers;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TollgateMetricsTest {

  private static final JwksServer JWKS = new JwksServer();
  private static final AtomicLong TOKEN_IDS = new AtomicLong();

  private MutableClock clock;
  private ManualScheduler scheduler;
  private SimpleMeterRegistry registry;
  private TollgateMetrics metrics;
  private SessionVerifier verifier;

  @AfterAll
  static void stopJwks() {
    JWKS.close();
  }

  @BeforeEach
  void setUp() {
    JWKS.reset();
    JWKS.serve(TestJwks.primary());
    clock = new MutableClock(TestTokens.NOW);
    scheduler = new ManualScheduler(clock);
    registry = new SimpleMeterRegistry();
    metrics = TollgateMetrics.create();
    verifier = ManualTime.manualTime(SessionVerifier.builder().jwksUrl(JWKS.url()).clock(clock)
        .verificationListener(metrics.verificationListener()).keySourceListener(metrics.keySourceListener()),
        scheduler).build();
    metrics.binder(verifier).bindTo(registry);
  }

  @AfterEach
  void tearDown() {
    verifier.close();
  }

  /** A valid token issued now, distinct from every other, so the verified-token cache cannot answer it. */
  private String freshToken() {
    return TestTokens.token().issuedAt(clock.instant()).claim("jti", "t" + TOKEN_IDS.incrementAndGet()).build();
  }

  private static String key(Meter.Id id) {
    StringBuilder key = new StringBuilder(id.getName());
    for (Tag tag : id.getTags()) {
      key.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
    }
    return key.toString();
  }

  /** Every series of a counter or timer {@code name} with a non-zero count, as "name tag=value ..." to count. */
  private Map<String, Long> counts(String name) {
    Map<String, Long> counts = new TreeMap<>();
    for (Meter meter : registry.find(name).meters()) {
      long count = meter instanceof Counter counter ? (long) counter.count() : ((Timer) meter).count();
      if (count != 0) {
        counts.put(key(meter.getId()), count);
      }
    }
    return counts;
  }

  /** Every gauge of the key source, as "name tag=value" to its value. */
  private Map<String, Double> gauges() {
    Map<String, Double> gauges = new TreeMap<>();
    for (String name : List.of(TollgateMetrics.KEYS_STATE, TollgateMetrics.KEYS_AGE, TollgateMetrics.KEYS_STALENESS,
        TollgateMetrics.KEYS_UNTIL_UNAVAILABLE, TollgateMetrics.KEYS_COUNT)) {
      registry.find(name).gauges().forEach(gauge -> gauges.put(key(gauge.getId()), gauge.value()));
    }
    return gauges;
  }

  private static Map<String, Double> expectedGauges(String state, double age, double staleness,
      double untilUnavailable, double count) {
    Map<String, Double> gauges = new TreeMap<>();
    for (String each : List.of("healthy", "degraded", "unavailable")) {
      gauges.put("tollgate.keys.state state=" + each, each.equals(state) ? 1.0 : 0.0);
    }
    gauges.put("tollgate.keys.age", age);
    gauges.put("tollgate.keys.staleness", staleness);
    gauges.put("tollgate.keys.until.unavailable", untilUnavailable);
    gauges.put("tollgate.keys.count", count);
    return gauges;
  }

  private static String verification(String outcome, String reason, String cache) {
    return "tollgate.verifications cache=" + cache + " outcome=" + outcome + " reason=" + reason;
  }

  private static String duration(String outcome) {
    return "tollgate.verification.duration outcome=" + outcome;
  }

  private static String fetches(String outcome, String trigger) {
    return "tollgate.key.fetches outcome=" + outcome + " trigger=" + trigger;
  }

  @Test
  void metersWhenScriptedSequenceRunsThenEveryValueMatchesWhatHappened() throws Exception {
    double ttl = SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE.toSeconds();
    double staleMax = SessionVerifier.DEFAULT_STALE_KEYS_MAX_AGE.toSeconds();
    verifier.warmUp(Duration.ofSeconds(5));
    assertEquals(expectedGauges("healthy", 0, 0, ttl + staleMax, 1), gauges(), "after warm-up");

    String good = freshToken();
    List<String> answers = new ArrayList<>();
    answers.add(Answers.verify(verifier, good));
    answers.add(Answers.verify(verifier, good));
    answers.add(Answers.verify(verifier,
        TestTokens.token().issuedAt(clock.instant().minus(Duration.ofMinutes(10))).build()));
    answers.add(Answers.verify(verifier,
        TestTokens.token().issuedAt(clock.instant()).signedWith(TestKeys.SECONDARY).build()));
    clock.advance(SessionVerifier.DEFAULT_REFETCH_COOLDOWN);  // so the unknown kid may refetch
    answers.add(Answers.verify(verifier, TestTokens.token().issuedAt(clock.instant()).kid("ins_unknown").build()));
    Instant lastFetch = clock.instant();
    Instant freshUntil = lastFetch.plus(SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE);
    Instant staleUntil = freshUntil.plus(SessionVerifier.DEFAULT_STALE_KEYS_MAX_AGE);

    JWKS.serve(503, "upstream down");
    scheduler.runUntil(clock, freshUntil.plus(Duration.ofMinutes(10)));
    answers.add(Answers.verify(verifier, freshToken()));
    assertEquals(expectedGauges("degraded", ttl + 600, 600, staleMax - 600, 1), gauges(), "stale for 10 minutes");

    scheduler.runUntil(clock, staleUntil);
    answers.add(Answers.verify(verifier, freshToken()));
    assertEquals(expectedGauges("unavailable", ttl + staleMax, staleMax, 0, 1), gauges(), "past the stale bound");
    KeySourceHealth down = verifier.health();

    JWKS.serve(TestJwks.primary());
    scheduler.runUntil(clock, Instant.ofEpochMilli(scheduler.nextDueAt()));
    answers.add(Answers.verify(verifier, freshToken()));
    assertEquals(expectedGauges("healthy", 0, 0, ttl + staleMax, 1), gauges(), "recovered");

    assertEquals(List.of(TestTokens.USER_ID, TestTokens.USER_ID, "token-expired", "token-invalid-signature",
        "jwk-kid-mismatch", TestTokens.USER_ID, "unavailable", TestTokens.USER_ID), answers);
    assertEquals(Map.of(
        verification("accepted", "none", "miss"), 3L,
        verification("accepted", "none", "hit"), 1L,
        verification("rejected", "token-expired", "miss"), 1L,
        verification("rejected", "token-invalid-signature", "miss"), 1L,
        verification("rejected", "jwk-kid-mismatch", "miss"), 1L,
        verification("unavailable", "none", "miss"), 1L), counts(TollgateMetrics.VERIFICATIONS));
    assertEquals(Map.of(
        duration("accepted"), 3L,
        duration("rejected"), 3L,
        duration("unavailable"), 1L), counts(TollgateMetrics.VERIFICATION_DURATION), "the cache hit is not timed");

    // Failures: the refresh ahead of the TTL, then retries with backoff until the bound (the verifier's own count).
    long failedRetries = down.fetchFailureCount() - 1;
    assertTrue(failedRetries > 10, () -> "retries while down: " + failedRetries);
    Map<String, Long> expectedFetches = Map.of(
        fetches("success", "warm-up"), 1L,
        fetches("success", "key-changed"), 1L,
        fetches("success", "unknown-kid"), 1L,
        fetches("http-error", "scheduled-refresh"), 1L,
        fetches("http-error", "retry"), failedRetries,
        fetches("success", "retry"), 1L);
    assertEquals(expectedFetches, counts(TollgateMetrics.KEY_FETCHES));
    assertEquals(JWKS.requests(), counts(TollgateMetrics.KEY_FETCHES).values().stream().mapToLong(Long::longValue)
        .sum(), "fetches counted against requests the JWKS endpoint received");
    assertEquals(verifier.health().fetchCount(), JWKS.requests(), "fetches the verifier itself counted");
    assertEquals(Map.of(
        "tollgate.key.fetch.duration outcome=success trigger=warm-up", 1L,
        "tollgate.key.fetch.duration outcome=success trigger=key-changed", 1L,
        "tollgate.key.fetch.duration outcome=success trigger=unknown-kid", 1L,
        "tollgate.key.fetch.duration outcome=failure trigger=scheduled-refresh", 1L,
        "tollgate.key.fetch.duration outcome=failure trigger=retry", failedRetries,
        "tollgate.key.fetch.duration outcome=success trigger=retry", 1L), counts(TollgateMetrics.KEY_FETCH_DURATION));
  }

  @Test
  void bindToWhenBoundThenEveryVerificationSeriesExistsAtZeroAndNoneNamesAUserSessionOrKid() {
    Collection<Meter> series = registry.find(TollgateMetrics.VERIFICATIONS).meters();

    // accepted hit and miss, unavailable, and each of the 16 token rejection reasons
    assertEquals(19, series.size(), () -> "series: " + series.stream().map(meter -> key(meter.getId())).toList());
    for (Meter meter : registry.getMeters()) {
      String key = key(meter.getId());
      assertTrue(!key.contains("user_") && !key.contains("sess_") && !key.contains(TestTokens.KID), key);
    }
  }

  @Test
  void bindToWhenSameRegistryTwiceThenCountedOnce() throws Exception {
    metrics.binder(verifier).bindTo(registry);

    verifier.verify(freshToken());

    assertEquals(Map.of(verification("accepted", "none", "miss"), 1L), counts(TollgateMetrics.VERIFICATIONS));
  }

  @Test
  void createWhenTwoVerifiersShareARegistryWithTheirOwnTagsThenEachHasItsCountsAndGauges() throws Exception {
    SimpleMeterRegistry shared = new SimpleMeterRegistry();
    TollgateMetrics shop = TollgateMetrics.create(Tags.of("instance", "shop"));
    TollgateMetrics admin = TollgateMetrics.create(Tags.of("instance", "admin"));
    try (SessionVerifier shopVerifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock)
            .verificationListener(shop.verificationListener()).build();
        SessionVerifier adminVerifier = SessionVerifier.builder().jwtKey(TestKeys.secondaryPem()).clock(clock)
            .verificationListener(admin.verificationListener()).build()) {
      shop.binder(shopVerifier).bindTo(shared);
      admin.binder(adminVerifier).bindTo(shared);
      String token = freshToken();

      assertEquals(TestTokens.USER_ID, Answers.verify(shopVerifier, token));
      assertEquals("token-invalid-signature", Answers.verify(adminVerifier, token));

      assertEquals(1.0, shared.get(TollgateMetrics.VERIFICATIONS).tags("instance", "shop", "outcome", "accepted",
          "cache", "miss").counter().count(), "shop accepted");
      assertEquals(0.0, shared.get(TollgateMetrics.VERIFICATIONS).tags("instance", "admin", "outcome", "accepted",
          "cache", "miss").counter().count(), "admin accepted");
      assertEquals(1.0, shared.get(TollgateMetrics.VERIFICATIONS).tags("instance", "admin",
          "reason", "token-invalid-signature").counter().count(), "admin rejected");
      assertEquals(2, shared.find(TollgateMetrics.KEYS_STATE).tags("state", "healthy").gauges().size(),
          "one state gauge per verifier");
    }
  }

  @Test
  void listenersWhenNotBoundThenEventsAreDroppedAndVerificationWorks() throws Exception {
    TollgateMetrics unbound = TollgateMetrics.create();
    try (SessionVerifier plain = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock)
        .verificationListener(unbound.verificationListener()).build()) {
      assertEquals(TestTokens.USER_ID, plain.verify(freshToken()).userId());
    }
    assertSame(unbound.verificationListener(), unbound.verificationListener());
    assertSame(unbound.keySourceListener(), unbound.keySourceListener());
  }

  @Test
  void gaugesWhenNetworklessVerifierThenHealthyWithoutAgeOrBounds() {
    TollgateMetrics fixed = TollgateMetrics.create();
    SimpleMeterRegistry fixedRegistry = new SimpleMeterRegistry();
    try (SessionVerifier plain = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock).build()) {
      fixed.binder(plain).bindTo(fixedRegistry);
      registry = fixedRegistry;

      assertEquals(expectedGauges("healthy", Double.NaN, Double.NaN, Double.NaN,
          plain.health().keyIds().size()), gauges());
    }
  }

  @Test
  void verifyWhenRegistryMetersThrowThenEveryAnswerIsTheSame() throws Exception {
    SimpleMeterRegistry broken = new SimpleMeterRegistry() {
      @Override
      protected Counter newCounter(Meter.Id id) {
        return new Counter() {
          @Override
          public void increment(double amount) {
            throw new IllegalStateException("broken registry");
          }

          @Override
          public double count() {
            return 0;
          }

          @Override
          public Meter.Id getId() {
            return id;
          }
        };
      }
    };
    TollgateMetrics brokenMetrics = TollgateMetrics.create();
    try (SessionVerifier plain = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock).build();
        SessionVerifier observed = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock)
            .verificationListener(brokenMetrics.verificationListener()).build()) {
      brokenMetrics.binder(observed).bindTo(broken);
      String good = freshToken();
      List<String> tokens = List.of(good, good, TestTokens.token().signedWith(TestKeys.SECONDARY).build(),
          TestTokens.token().issuedAt(clock.instant().minus(Duration.ofMinutes(10))).build(), "not a token");
      for (String token : tokens) {
        assertEquals(Answers.verify(plain, token), Answers.verify(observed, token));
        assertEquals(Answers.verify(plain, token), Answers.verifyAsync(observed, token));
      }
    }
  }

  @Test
  void verifyWhenManyThreadsVerifyAtOnceThenCountsAddUp() throws Exception {
    verifier.warmUp(Duration.ofSeconds(5));
    String repeated = freshToken();
    String expired = TestTokens.token().issuedAt(clock.instant().minus(Duration.ofMinutes(10))).build();
    int threads = 4;
    int rounds = 200;
    List<String> fresh = new ArrayList<>();
    for (int i = 0; i < threads * rounds; i++) {
      fresh.add(freshToken());
    }
    verifier.verify(repeated);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * rounds;
      Callable<Integer> work = () -> {
        start.await();
        int accepted = 0;
        for (int i = 0; i < rounds; i++) {
          accepted += Answers.verify(verifier, fresh.get(first + i)).equals(TestTokens.USER_ID) ? 1 : 0;
          accepted += Answers.verify(verifier, repeated).equals(TestTokens.USER_ID) ? 1 : 0;
          Answers.verify(verifier, expired);
        }
        return accepted;
      };
      done.add(pool.submit(work));
    }
    start.countDown();
    int accepted = 0;
    for (Future<Integer> each : done) {
      accepted += each.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long total = (long) threads * rounds;
    assertEquals(2 * total, accepted, "answers");
    assertEquals(Map.of(
        verification("accepted", "none", "miss"), total + 1,
        verification("accepted", "none", "hit"), total,
        verification("rejected", "token-expired", "miss"), total), counts(TollgateMetrics.VERIFICATIONS));
    assertEquals(2 * total + 1, counts(TollgateMetrics.VERIFICATION_DURATION).values().stream()
        .mapToLong(Long::longValue).sum(), "timer counts (the cache hits are not timed)");
  }
}
