package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import dev.tollgate.observability.KeySourceState;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.ManualScheduler;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.RecordingLogger;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SingleFlightKeySetTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static JwksServer server;
  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<Object> events = new ArrayList<>();
  private SingleFlightKeySet keys;

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
      public void onStaleKeysServed(StaleKeysServed event) {
        events.add(event);
      }
    };
    JwksFetcher fetcher = new JwksFetcher(CLIENT, server.url(), null, Duration.ofSeconds(2), 65536);
    RefreshAhead refresh = new RefreshAhead(scheduler, trigger -> new CompletableFuture<>(), Duration.ofSeconds(3));
    keys = new SingleFlightKeySet(fetcher, clock, new RemoteKeySource.Settings(Duration.ofMinutes(5),
        Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(1)),
        new GuardedListener(List.of(recorder)), new FetchHistory(),
        new KeySourceLog(new RecordingLogger(), server.url().toString()), refresh);
  }

  @Test
  void servableAndStateOfWhenAskedAcrossTheBoundsThenAnswerWithoutSideEffects() throws Exception {
    KeySet set = keys.startFetch(FetchTrigger.WARM_UP).get(5, TimeUnit.SECONDS);
    long freshUntil = set.freshUntilMillis();
    long staleUntil = keys.staleUntil(set);

    assertEquals(freshUntil + Duration.ofHours(1).toMillis(), staleUntil);
    assertEquals(KeySourceState.HEALTHY, keys.stateOf(set, freshUntil - 1));
    assertEquals(KeySourceState.DEGRADED, keys.stateOf(set, freshUntil));
    assertEquals(KeySourceState.UNAVAILABLE, keys.stateOf(set, staleUntil));
    assertTrue(keys.servable(set, staleUntil - 1), "served up to the bound");
    assertFalse(keys.servable(set, staleUntil), "not at the bound");
    assertEquals(List.of(), events, "asking reports nothing");
  }

  @Test
  void reportServedWhenStaleThenStaleKeysServedWithAgeAndRemainingElseNothing() throws Exception {
    KeySet set = keys.startFetch(FetchTrigger.WARM_UP).get(5, TimeUnit.SECONDS);

    keys.reportServed(set, set.freshUntilMillis() - 1);
    assertEquals(List.of(), events, "fresh keys are not news");
    keys.reportServed(set, set.freshUntilMillis() + 1_000);
    assertEquals(List.of(new KeySourceListener.StaleKeysServed(Duration.ofSeconds(1),
        Duration.ofHours(1).minusSeconds(1))), events);
  }

  @Test
  void coldLoadWhenAFailedFetchsBackoffRunsThenUnavailableWithoutFetching() throws Exception {
    server.serve(503, "");
    ExecutionException first = assertThrows(ExecutionException.class,
        () -> keys.coldLoad(clock.millis()).get(5, TimeUnit.SECONDS));
    assertEquals(KeySetException.class, first.getCause().getClass(), "the first cold load fetches and fails");

    ExecutionException again = assertThrows(ExecutionException.class,
        () -> keys.coldLoad(clock.millis()).get(5, TimeUnit.SECONDS));

    assertEquals(KeysUnavailable.class, again.getCause().getClass());
    assertEquals(1, server.requests(), "the backoff forbids a second fetch");
  }
}
