package dev.tollgate.internal.keys;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.keys.KeyFetchFailure;
import dev.tollgate.keys.KeySourceHealth;
import dev.tollgate.keys.KeySourceListener;
import dev.tollgate.keys.KeySourceListener.FetchTrigger;
import dev.tollgate.keys.KeySourceState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Keys from a JWKS endpoint, kept available.
 *
 * <ul>
 *   <li>One fetch at a time: concurrent callers share the fetch in flight.</li>
 *   <li>A key set is fresh for its time to live (the default, or {@code Cache-Control: max-age} clamped to
 *       [1 min, 1 h]); a background refresh runs at 80% of it, so requests never wait while keys are fresh.</li>
 *   <li>Failed fetches never replace a good set. Background retries back off exponentially with jitter. The
 *       last good set is served stale for at most {@code staleMax} past its time to live, then callers get
 *       {@link KeysUnavailableException} at once; only a cold source (nothing ever loaded) lets a request wait
 *       for a fetch, and not while a failed fetch's backoff runs.</li>
 *   <li>An unknown kid or a failed signature with a known kid may trigger one on-demand refetch per cooldown
 *       ({@link RefetchGuard}).</li>
 *   <li>The first failed fetch of a run and each change of state are logged, never each request
 *       ({@link KeySourceLog}).</li>
 *   <li>{@link #close()} stops the refresh scheduler and the fetcher's own HTTP client, if it has one.</li>
 * </ul>
 *
 * <p>Time comes from the injected clock; refreshes run on the injected scheduler. Thread-safe.
 */
public final class RemoteKeySource implements KeySource {

  /** Shortest time to live accepted from {@code Cache-Control}. */
  static final long MIN_TTL_MILLIS = Duration.ofMinutes(1).toMillis();
  /** Longest time to live accepted from {@code Cache-Control}. */
  static final long MAX_TTL_MILLIS = Duration.ofHours(1).toMillis();

  /** Tuning of a remote source; all durations positive except {@code staleMax}, which may be zero. */
  public static final class Settings {
    final long defaultTtlMillis;
    final long staleMaxMillis;
    final long cooldownMillis;
    final Backoff backoff;

    public Settings(Duration defaultTtl, Duration staleMax, Duration cooldown, Duration backoffBase,
        Duration backoffMax) {
      this.defaultTtlMillis = defaultTtl.toMillis();
      this.staleMaxMillis = staleMax.toMillis();
      this.cooldownMillis = cooldown.toMillis();
      this.backoff = new Backoff(backoffBase, backoffMax);
    }
  }

  private final JwksFetcher fetcher;
  private final Clock clock;
  private final Settings settings;
  private final KeySourceListener listener;
  private final RefreshScheduler scheduler;
  private final RefetchGuard refetches;
  private final FetchHistory history = new FetchHistory();
  private final KeySourceLog log;
  private final AtomicReference<@Nullable CompletableFuture<KeySet>> inFlight = new AtomicReference<>();
  private volatile @Nullable KeySet current;
  private volatile boolean closed;
  private RefreshScheduler.@Nullable Scheduled pending; // guarded by "this"

  /** A source that logs to the {@code dev.tollgate.keys} logger. */
  public RemoteKeySource(JwksFetcher fetcher, Clock clock, Settings settings, KeySourceListener listener,
      RefreshScheduler scheduler) {
    this(fetcher, clock, settings, listener, scheduler, System.getLogger(KeySourceLog.LOGGER_NAME));
  }

  /**
   * @param logger receives the first failed fetch of a run of failures and each change of state
   *     ({@link KeySourceLog})
   */
  public RemoteKeySource(JwksFetcher fetcher, Clock clock, Settings settings, KeySourceListener listener,
      RefreshScheduler scheduler, System.Logger logger) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.log = new KeySourceLog(Objects.requireNonNull(logger, "logger"), fetcher.endpoint());
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.refetches = new RefetchGuard(clock, Duration.ofMillis(settings.cooldownMillis),
        Duration.ofMillis(Math.max(settings.cooldownMillis, settings.defaultTtlMillis)), listener);
  }

  @Override
  public CompletableFuture<KeyLookup> find(@Nullable String kid) {
    if (closed) {
      return CompletableFuture.failedFuture(FetchHistory.closed());
    }
    KeySet set = current;
    long now = clock.millis();
    if (set == null) {
      return coldLoad(kid, now);
    }
    if (!servedNow(set, now)) {
      return CompletableFuture.failedFuture(history.expired(set, now));
    }
    CompletableFuture<KeyLookup> answer = set.answer(kid);
    return answer == KeyLookup.MISS_COMPLETED ? onMiss(kid, now) : answer;
  }

  @Override
  public CompletableFuture<@Nullable VerificationKey> changedKey(VerificationKey used) {
    String kid = used.kid();
    if (kid == null || closed || !refetches.tryAcquire(clock.millis())) {
      return CompletableFuture.completedFuture(null);
    }
    return startFetch(FetchTrigger.KEY_CHANGED).handle((set, error) -> {
      VerificationKey fresh = set == null ? null : set.usable(kid);
      return fresh != null && !fresh.sameAs(used) ? fresh : null;
    });
  }

  @Override
  public boolean isCurrent(VerificationKey key) {
    String kid = key.kid();
    KeySet set = current;
    return kid != null && set != null && !closed && servedNow(set, clock.millis()) && set.usable(kid) == key;
  }

  /**
   * Refreshes keys that are missing or past their time to live, then answers what verification would: returns
   * while a key set can be served (fresh, or stale within the bound), even if the refresh failed.
   */
  @Override
  public void warmUp(Duration timeout) throws KeysUnavailableException {
    if (closed) {
      throw FetchHistory.closed();
    }
    KeySet set = current;
    if (set != null && clock.millis() < set.freshUntilMillis()) {
      return;
    }
    try {
      startFetch(FetchTrigger.WARM_UP).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      if (!servable(clock.millis())) {
        throw new KeysUnavailableException("warm-up did not load signing keys within " + timeout.toMillis()
            + " ms", Duration.ofSeconds(1), null);
      }
    } catch (ExecutionException failed) {
      long now = clock.millis();
      if (!servable(now)) {
        KeySet stale = current;
        throw stale == null ? history.unavailable(failed.getCause(), now) : history.expired(stale, now);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KeysUnavailableException("interrupted while loading signing keys", Duration.ofSeconds(1), null);
    }
  }

  @Override
  public Duration fetchWaitTimeout() {
    return fetcher.timeout().plusSeconds(1);
  }

  @Override
  public KeySourceHealth health() {
    long now = clock.millis();
    KeySet set = current;
    KeySourceState state = closed || set == null ? KeySourceState.UNAVAILABLE : stateOf(set, now);
    KeySourceHealth.Builder health = KeySourceHealth.builder(state);
    if (set != null) {
      health.keySetAge(Duration.ofMillis(Math.max(0, now - set.fetchedAtMillis())))
          .freshUntil(Instant.ofEpochMilli(set.freshUntilMillis()))
          .staleUntil(Instant.ofEpochMilli(staleUntil(set)))
          .keyIds(set.usableKids());
    }
    history.describe(health);
    return health.build();
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      if (pending != null) {
        pending.cancel();
        pending = null;
      }
    }
    scheduler.close();
    fetcher.close();
  }

  /** @return whether verification would be served a key set now; no side effects */
  private boolean servable(long now) {
    KeySet set = current;
    return !closed && set != null && now < staleUntil(set);
  }

  /** Whether {@code set} may serve a request now; reports it when it serves stale keys. */
  private boolean servedNow(KeySet set, long now) {
    long freshUntil = set.freshUntilMillis();
    if (now < freshUntil) {
      return true;
    }
    long staleUntil = staleUntil(set);
    if (now >= staleUntil) {
      log.observed(set, KeySourceState.UNAVAILABLE, staleUntil);
      return false;
    }
    log.observed(set, KeySourceState.DEGRADED, staleUntil);
    listener.onStaleKeysServed(new KeySourceListener.StaleKeysServed(
        Duration.ofMillis(now - freshUntil), Duration.ofMillis(staleUntil - now)));
    return true;
  }

  private long staleUntil(KeySet set) {
    return set.freshUntilMillis() + settings.staleMaxMillis;
  }

  private KeySourceState stateOf(KeySet set, long now) {
    if (now < set.freshUntilMillis()) {
      return KeySourceState.HEALTHY;
    }
    return now < staleUntil(set) ? KeySourceState.DEGRADED : KeySourceState.UNAVAILABLE;
  }

  private CompletableFuture<KeyLookup> coldLoad(@Nullable String kid, long now) {
    CompletableFuture<KeySet> mine = new CompletableFuture<>();
    CompletableFuture<KeySet> fetch = inFlight.compareAndExchange(null, mine);
    if (fetch == null) {
      // Holding the flight now. A fetch that ended since this caller read "current" recorded its outcome
      // before releasing the flight (installed(), failed()), so look again before fetching.
      KeySet loaded = current;
      if (loaded != null) {
        release(mine, loaded, null);
        return find(kid);
      }
      if (history.inBackoff(now)) {
        KeysUnavailableException unavailable = history.unavailable(null, now);
        release(mine, null, unavailable);
        return CompletableFuture.failedFuture(unavailable);
      }
      launch(mine, FetchTrigger.FIRST_USE);
      fetch = mine;
    }
    return fetch.handle((set, error) -> {
      if (set == null) {
        throw new CompletionException(history.unavailable(error, clock.millis()));
      }
      return lookupFetched(set, kid);
    });
  }

  private CompletableFuture<KeyLookup> onMiss(@Nullable String kid, long now) {
    if (kid == null || refetches.isKnownUnknown(kid)) {
      return KeyLookup.MISS_COMPLETED;
    }
    if (!refetches.tryAcquire(now)) {
      refetches.reportUnconfirmed(kid);
      return KeyLookup.MISS_COMPLETED;
    }
    return startFetch(FetchTrigger.UNKNOWN_KID).handle((set, error) -> {
      if (set == null) {
        // The refetch failed; the set we have is still authoritative for this kid.
        refetches.reportUnconfirmed(kid);
        return KeyLookup.MISS;
      }
      return lookupFetched(set, kid);
    });
  }

  /** Looks {@code kid} up in a set fetched just now; a kid that set lacks is remembered as unknown. */
  private KeyLookup lookupFetched(KeySet set, @Nullable String kid) {
    KeyLookup lookup = set.lookup(kid);
    if (lookup == KeyLookup.MISS && kid != null) {
      refetches.rememberUnknown(kid);
    }
    return lookup;
  }

  /** Joins the fetch in flight, or starts one. */
  private CompletableFuture<KeySet> startFetch(FetchTrigger trigger) {
    CompletableFuture<KeySet> mine = new CompletableFuture<>();
    CompletableFuture<KeySet> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    launch(mine, trigger);
    return mine;
  }

  /** Releases a flight this caller holds without fetching; callers who joined it get the same answer. */
  private void release(CompletableFuture<KeySet> mine, @Nullable KeySet set, @Nullable Throwable error) {
    inFlight.set(null);
    if (set != null) {
      mine.complete(set);
    } else {
      mine.completeExceptionally(Objects.requireNonNull(error));
    }
  }

  /** Fetches for the flight {@code mine}, which the caller holds. */
  private void launch(CompletableFuture<KeySet> mine, FetchTrigger trigger) {
    if (closed) {
      release(mine, null, FetchHistory.closed());
      return;
    }
    history.started();
    long startedNanos = System.nanoTime();
    CompletableFuture<JwksFetcher.Response> exchange;
    try {
      exchange = fetcher.fetch();
    } catch (RuntimeException failed) {
      exchange = CompletableFuture.failedFuture(failed);
    }
    exchange.whenComplete((response, error) -> finish(mine, trigger, startedNanos, response, error));
  }

  private void finish(CompletableFuture<KeySet> mine, FetchTrigger trigger, long startedNanos,
      JwksFetcher.@Nullable Response response, @Nullable Throwable error) {
    Duration latency = Duration.ofNanos(System.nanoTime() - startedNanos);
    long now = clock.millis();
    if (response == null) {
      failed(mine, trigger, latency, now, FetchHistory.asKeySetException(error));
      return;
    }
    KeySet loaded;
    try {
      loaded = JwkSetParser.parse(response.body(), now, timeToLive(response.maxAgeSeconds()));
    } catch (KeySetException unusable) {
      failed(mine, trigger, latency, now, unusable);
      return;
    } catch (RuntimeException unexpected) {
      failed(mine, trigger, latency, now,
          new KeySetException(KeyFetchFailure.Kind.MALFORMED, "key set could not be loaded"));
      return;
    }
    installed(mine, trigger, latency, now, loaded);
  }

  private void installed(CompletableFuture<KeySet> mine, FetchTrigger trigger, Duration latency, long now,
      KeySet loaded) {
    KeySet previous = current;
    KeySet set = loaded.reusingKeysOf(previous);
    current = set;
    log.loaded(set, history.succeeded(now));
    schedule(set.timeToLiveMillis() * 4 / 5, FetchTrigger.SCHEDULED_REFRESH);
    inFlight.set(null);
    listener.onKeysFetched(new KeySourceListener.KeysFetched(trigger, set.usableKids(), latency,
        Duration.ofMillis(set.timeToLiveMillis())));
    Set<String> added = new HashSet<>(set.usableKids());
    Set<String> removed = new HashSet<>();
    if (previous != null) {
      added.removeAll(previous.usableKids());
      removed.addAll(previous.usableKids());
      removed.removeAll(set.usableKids());
    }
    if (previous == null || !added.isEmpty() || !removed.isEmpty()) {
      listener.onKeySetChanged(new KeySourceListener.KeySetChanged(added, removed));
    }
    mine.complete(set);
  }

  private void failed(CompletableFuture<KeySet> mine, FetchTrigger trigger, Duration latency, long now,
      KeySetException failure) {
    long delay = settings.backoff.delayMillis(history.consecutiveFailuresAfterNext());
    int failures = history.failed(now, failure.failure(), delay);
    KeySet set = current;
    if (!closed) {
      log.failed(failure.failure(), set, set == null ? KeySourceState.UNAVAILABLE : stateOf(set, now),
          set == null ? 0 : staleUntil(set));
    }
    schedule(delay, FetchTrigger.RETRY);
    inFlight.set(null);
    listener.onKeysFetchFailed(new KeySourceListener.KeysFetchFailed(trigger, failure.failure(), latency,
        failures, closed ? Optional.empty() : Optional.of(Duration.ofMillis(delay))));
    mine.completeExceptionally(failure);
  }

  private synchronized void schedule(long delayMillis, FetchTrigger trigger) {
    if (closed) {
      return;
    }
    if (pending != null) {
      pending.cancel();
    }
    pending = scheduler.schedule(() -> runScheduled(trigger), Duration.ofMillis(Math.max(0, delayMillis)));
  }

  /** Runs on the scheduler thread, which may block: waiting here keeps background fetches one at a time. */
  private void runScheduled(FetchTrigger trigger) {
    if (closed) {
      return;
    }
    try {
      startFetch(trigger).get(fetchWaitTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException alreadyRecorded) {
      // finish() has recorded the failure and scheduled the retry.
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private long timeToLive(OptionalLong maxAgeSeconds) {
    if (maxAgeSeconds.isEmpty()) {
      return settings.defaultTtlMillis;
    }
    long millis = Math.min(maxAgeSeconds.getAsLong(), MAX_TTL_MILLIS / 1000) * 1000;
    return Math.max(MIN_TTL_MILLIS, Math.min(MAX_TTL_MILLIS, millis));
  }
}
