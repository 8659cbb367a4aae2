package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.Futures;
import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.observability.KeySourceState;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.RecordingLogger;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteKeySourceTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final RemoteKeySource.Settings SETTINGS = new RemoteKeySource.Settings(Duration.ofMinutes(5),
      Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(1));
  private static JwksServer server;
  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<Object> events = new ArrayList<>();
  private RemoteKeySource source;

  private static JwksFetcher fetcher(@Nullable String secretKey) {
    return new JwksFetcher(CLIENT, server.url(), secretKey, Duration.ofSeconds(2), 65536);
  }

  /** A source on this test's server and clock with its own listeners, refresh scheduler and logger. */
  private RemoteKeySource sourceWith(@Nullable String secretKey, List<KeySourceListener> listeners,
      RefreshScheduler refreshes, System.Logger log) {
    return new RemoteKeySource(fetcher(secretKey), clock, SETTINGS, new GuardedListener(listeners), refreshes, log);
  }

  @BeforeAll
  static void start() {
    server = new JwksServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void setUp() {
    server.reset();
    server.serve(TestJwks.primary());
    KeySourceListener recorder = new KeySourceListener() {
      @Override
      public void onUnknownKid(UnknownKid event) {
        events.add(event);
      }

      @Override
      public void onRefetchThrottled(RefetchThrottled event) {
        events.add(event);
      }

      @Override
      public void onStaleKeysServed(StaleKeysServed event) {
        events.add(event);
      }
    };
    source = new RemoteKeySource(fetcher(null), clock, SETTINGS, new GuardedListener(List.of(recorder)), scheduler);
  }

  @AfterEach
  void tearDown() {
    source.close();
  }

  @Test
  void healthWhenColdThenUnavailableWithNothingLoaded() {
    KeySourceHealth health = source.health();

    assertEquals(KeySourceState.UNAVAILABLE, health.state());
    assertTrue(health.keySetAge().isEmpty() && health.lastSuccess().isEmpty() && health.keyIds().isEmpty());
    assertEquals(0, health.fetchCount());
  }

  @Test
  void healthWhenLoadedThenReportsAgeBoundsAndCounts() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    clock.advance(Duration.ofSeconds(90));
    KeySourceHealth health = source.health();

    assertEquals(KeySourceState.HEALTHY, health.state());
    assertEquals(Duration.ofSeconds(90), health.keySetAge().orElseThrow());
    assertEquals(TestTokens.NOW.plus(Duration.ofMinutes(5)), health.freshUntil().orElseThrow());
    assertEquals(TestTokens.NOW.plus(Duration.ofMinutes(65)), health.staleUntil().orElseThrow());
    assertEquals(TestTokens.NOW, health.lastSuccess().orElseThrow());
    assertEquals(Set.of(TestTokens.KID), health.keyIds());
    assertEquals(1, health.fetchCount());
    assertEquals(0, health.fetchFailureCount());
  }

  @Test
  void isCurrentWhenARefreshReturnsTheSameKeyThenTheKeyInstanceSurvives() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    VerificationKey before = found(source.find(TestTokens.KID).join());
    clock.advance(Duration.ofMinutes(4));
    scheduler.runDue();

    assertEquals(2, server.requests());
    assertSame(before, found(source.find(TestTokens.KID).join()));
    assertTrue(source.isCurrent(before));
  }

  @Test
  void findWhenTokenHasNoKidThenMissWithoutFetch() throws Exception {
    source.warmUp(Duration.ofSeconds(5));

    assertEquals(KeyLookup.MISS, source.find(null).join());
    assertEquals(1, server.requests());
  }

  @Test
  void findWhenOnDemandRefetchFailsThenMissIsNotRemembered() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    server.serve(500, "");
    assertEquals(KeyLookup.MISS, source.find("new-kid").join());
    server.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.PRIMARY),
        TestJwks.jwk("new-kid", TestKeys.SECONDARY)));
    clock.advance(Duration.ofSeconds(31));

    assertNotNull(found(source.find("new-kid").join()), "after the cooldown the kid is fetched again");
  }

  @Test
  void findWhenUnknownKidWasConfirmedAbsentThenRememberedPastTheCooldown() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    assertEquals(KeyLookup.MISS, source.find("ghost").join());
    clock.advance(Duration.ofMinutes(2));

    assertEquals(KeyLookup.MISS, source.find("ghost").join());
    assertEquals(2, server.requests());
    assertEquals(new KeySourceListener.UnknownKid("ghost", true), events.get(0));
    assertEquals(new KeySourceListener.UnknownKid("ghost", false), events.get(events.size() - 1));
  }

  @Test
  void changedKeyWhenKeyBehindKidChangedThenNewKeyOncePerCooldown() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    VerificationKey old = found(source.find(TestTokens.KID).join());
    server.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.SECONDARY)));

    VerificationKey changed = source.changedKey(old).join();

    assertEquals(TestKeys.publicKey(TestKeys.SECONDARY), changed.publicKey());
    assertNull(source.changedKey(changed).join(), "inside the cooldown: no refetch");
    assertEquals(2, server.requests());
    assertTrue(events.stream().anyMatch(event -> event instanceof KeySourceListener.RefetchThrottled));
  }

  @Test
  void findWhenStaleBoundPassedThenFailsAtOnceWithRetryHint() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    server.serve(503, "");
    clock.set(TestTokens.NOW.plus(Duration.ofMinutes(65)));

    CompletionException error = assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    KeysUnavailable unavailable = (KeysUnavailable) error.getCause();
    assertTrue(unavailable.getMessage().contains("past its time to live"), unavailable.getMessage());
    assertTrue(unavailable.retryAfter().compareTo(Duration.ofSeconds(1)) >= 0);
    assertEquals(1, server.requests(), "past the bound a request never fetches");
  }

  @Test
  void findWhenAColdCallerIsPreemptedWhileAnotherLoadsTheKeysThenNoSecondFetch() throws Exception {
    MutableClock.Pause pause = clock.pauseNextReadOn("preempted-caller");
    CompletableFuture<KeyLookup> preempted = new CompletableFuture<>();
    Thread caller = new Thread(() -> source.find(TestTokens.KID).whenComplete((lookup, error) -> {
      if (error != null) {
        preempted.completeExceptionally(error);
      } else {
        preempted.complete(lookup);
      }
    }), "preempted-caller");
    caller.start();
    pause.awaitReached(); // the caller has seen no key set and has not looked at the fetch in flight yet

    assertNotNull(found(source.find(TestTokens.KID).join()), "another caller loads the keys meanwhile");
    pause.resume();

    assertNotNull(found(preempted.get(5, TimeUnit.SECONDS)), "the preempted caller is served the loaded keys");
    caller.join(TimeUnit.SECONDS.toMillis(5));
    assertEquals(1, server.requests(), "keys were loaded once: the preempted caller must not fetch again");
  }

  @Test
  void warmUpWhenStaleWithinTheBoundAndTheRefetchFailsThenReturnsBecauseVerifyStillServes() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    server.serve(503, "");
    clock.advance(Duration.ofMinutes(6)); // one minute past the 5 min time to live, well inside the 1 h bound

    source.warmUp(Duration.ofSeconds(5));

    assertEquals(2, server.requests(), "warm-up tried to refresh the stale set");
    assertEquals(KeySourceState.DEGRADED, source.health().state());
    assertEquals(List.of(), events, "warm-up itself reports no stale keys served");
    assertNotNull(found(source.find(TestTokens.KID).join()), "verification is served the stale key");
  }

  @Test
  void warmUpWhenPastTheStaleBoundAndTheRefetchFailsThenUnavailable() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    server.serve(503, "");
    clock.set(TestTokens.NOW.plus(Duration.ofMinutes(65)));

    KeysUnavailable unavailable = assertThrows(KeysUnavailable.class,
        () -> source.warmUp(Duration.ofSeconds(5)));

    assertTrue(unavailable.getMessage().contains("503"), unavailable.getMessage());
    CompletionException verify = assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    assertTrue(verify.getCause() instanceof KeysUnavailable, String.valueOf(verify.getCause()));
  }

  @Test
  void logWhenFetchesFailThenRecoverThenTheFirstFailureAndEachStateChangeOnceAndNeverTheSecret() throws Exception {
    source.close();
    ManualScheduler refreshes = new ManualScheduler(clock); // closing a source closes its scheduler
    RecordingLogger log = new RecordingLogger();
    String secret = "sk_test_" + "S3cr3t".repeat(8);
    String kidFromAToken = "kid-from-a-token";
    source = sourceWith(secret, List.of(), refreshes, log);
    String endpoint = server.url().toString();
    Instant staleUntil = TestTokens.NOW.plus(Duration.ofMinutes(65));

    source.warmUp(Duration.ofSeconds(5));
    server.serve(401, "");
    refreshes.runUntil(clock, TestTokens.NOW.plus(Duration.ofMinutes(4)).plusSeconds(30)); // refresh and retries fail
    assertTrue(source.health().consecutiveFailures() > 1, "several failures in the same state");
    assertEquals(KeyLookup.MISS, source.find(kidFromAToken).join());
    refreshes.runUntil(clock, TestTokens.NOW.plus(Duration.ofMinutes(5)));
    assertNotNull(found(source.find(TestTokens.KID).join()), "served stale");
    refreshes.runUntil(clock, staleUntil);
    assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    int failedAttempts = source.health().consecutiveFailures();
    server.serve(TestJwks.primary());
    refreshes.runUntil(clock, Instant.ofEpochMilli(refreshes.nextDueAt()));
    assertEquals(KeySourceState.HEALTHY, source.health().state());
    assertNotNull(found(source.find(TestTokens.KID).join()));

    assertEquals(List.of(
        "DEBUG Signing keys loaded from " + endpoint + " (HEALTHY): key ids [" + TestTokens.KID + "]",
        "WARNING Fetching signing keys failed (UNAUTHORIZED, HTTP 401): " + endpoint + " answered 401: the Backend"
            + " API rejected the secret key (check CLERK_SECRET_KEY). Signing keys are HEALTHY: the current key"
            + " set is still fresh; retrying with backoff",
        "WARNING Signing keys are DEGRADED: the last key set is served stale until " + staleUntil
            + "; fetching fails (UNAUTHORIZED, HTTP 401)",
        "WARNING Signing keys are UNAVAILABLE: no key set can be served; verification answers 503 until a fetch"
            + " succeeds; fetching fails (UNAUTHORIZED, HTTP 401)",
        "INFO Signing keys are HEALTHY: fetched from " + endpoint + " after " + failedAttempts + " failed attempts"),
        log.records());
    for (String record : log.records()) {
      assertFalse(record.contains(secret) || record.contains("S3cr3t"), "the secret key is logged: " + record);
      assertFalse(record.contains(kidFromAToken), "a token's header is logged: " + record);
    }
  }

  @Test
  void logWhenAColdSourceKeepsFailingThenOneWarningAndOneLineWhenKeysArrive() throws Exception {
    source.close();
    ManualScheduler refreshes = new ManualScheduler(clock); // closing a source closes its scheduler
    RecordingLogger log = new RecordingLogger();
    source = sourceWith(null, List.of(), refreshes, log);
    String endpoint = server.url().toString();
    server.serve(500, "");

    assertThrows(KeysUnavailable.class, () -> source.warmUp(Duration.ofSeconds(5)));
    refreshes.runUntil(clock, TestTokens.NOW.plus(Duration.ofMinutes(3)));
    assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    int failedAttempts = source.health().consecutiveFailures();
    server.serve(TestJwks.primary());
    refreshes.runUntil(clock, Instant.ofEpochMilli(refreshes.nextDueAt()));

    assertEquals(List.of(
        "WARNING Fetching signing keys failed (HTTP_ERROR, HTTP 500): " + endpoint + " answered 500. Signing keys"
            + " are UNAVAILABLE: no key set can be served; verification answers 503 until a fetch succeeds;"
            + " retrying with backoff",
        "INFO Signing keys are HEALTHY: fetched from " + endpoint + " after " + failedAttempts + " failed attempts"),
        log.records());
  }

  @Test
  void findWhenTheLoggerThrowsWhileKeysAreInstalledThenTheLookupCompletesAndTheFlightIsFree() throws Exception {
    source.close();
    System.Logger throwing = new System.Logger() {
      @Override
      public String getName() {
        return "throwing";
      }

      @Override
      public boolean isLoggable(Level level) {
        return true;
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        throw new IllegalStateException("logging backend down");
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        throw new IllegalStateException("logging backend down");
      }
    };
    source = sourceWith(null, List.of(), new ManualScheduler(clock), throwing);
    server.serve(TestJwks.primary());

    CompletableFuture<KeyLookup> first = source.find(TestTokens.KID);

    ExecutionException failed = assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS),
        "the lookup of a fetch whose logging threw must complete, not hang (a TimeoutException here)");
    assertInstanceOf(KeysUnavailable.class, Futures.unwrap(failed), "a typed unavailable answer");
    assertInstanceOf(KeyLookup.Found.class, source.find(TestTokens.KID).get(5, TimeUnit.SECONDS),
        "the installed key set serves the next lookup");
  }

  @Test
  void eventWhenAListenerThrowsAnErrorThenTheLookupStillCompletesWithTheKey() throws Exception {
    source.close();
    KeySourceListener broken = new KeySourceListener() {
      @Override
      public void onKeysFetched(KeySourceListener.KeysFetched event) {
        throw new NoClassDefFoundError("io/example/OptionalMetrics");
      }
    };
    source = sourceWith(null, List.of(broken), new ManualScheduler(clock), new RecordingLogger());
    server.serve(TestJwks.primary());

    assertInstanceOf(KeyLookup.Found.class, source.find(TestTokens.KID).get(5, TimeUnit.SECONDS),
        "a listener's linkage error is the listener's, not a reason to fail or hang the lookup");
  }

  @Test
  void warmUpWhenEndpointFailsThenTypedUnavailable() {
    server.serve(500, "");

    KeysUnavailable unavailable = assertThrows(KeysUnavailable.class,
        () -> source.warmUp(Duration.ofSeconds(5)));

    assertTrue(unavailable.getMessage().contains("500"), unavailable.getMessage());
    assertEquals(KeyFetchFailure.Kind.HTTP_ERROR, source.health().lastFailureCause().orElseThrow().kind());
    assertEquals(Instant.ofEpochMilli(clock.millis()), source.health().lastFailure().orElseThrow());
  }

  @Test
  void closeWhenCalledThenSchedulerClosedAndFindsUnavailable() throws Exception {
    source.warmUp(Duration.ofSeconds(5));
    source.close();

    assertTrue(scheduler.isClosed());
    CompletionException error = assertThrows(CompletionException.class, () -> source.find(TestTokens.KID).join());
    assertEquals("the verifier is closed", error.getCause().getMessage());
    assertEquals(KeySourceState.UNAVAILABLE, source.health().state());
  }

  /** The key a lookup found; fails naming the lookup when it found none. */
  private static VerificationKey found(KeyLookup lookup) {
    return assertInstanceOf(KeyLookup.Found.class, lookup, "lookup").key();
  }
}
