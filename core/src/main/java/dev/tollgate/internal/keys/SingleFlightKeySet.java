package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import dev.tollgate.observability.KeySourceState;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The key set of a remote source and the one fetch that may replace it.
 *
 * <ul>
 *   <li><strong>Single flight, lock-free:</strong> the first caller to swap its future into {@code inFlight}
 *       fetches; everyone else joins that future. The outcome is recorded before the flight is released, so a
 *       caller who finds no flight sees the outcome in {@link #current()}.</li>
 *   <li><strong>Cold load:</strong> with nothing loaded a request may wait for a fetch, but not while a failed
 *       fetch's backoff runs.</li>
 *   <li><strong>Stale bound:</strong> a set is fresh for its time to live, then served stale for at most
 *       {@code staleMax}, then not at all. Failed fetches never replace a good set.</li>
 * </ul>
 *
 * <p>Outcomes go to the fetch history, the log, the listener and the refresh-ahead schedule. Thread-safe.
 */
final class SingleFlightKeySet implements AutoCloseable {

  /** Shortest time to live accepted from {@code Cache-Control}. */
  static final long MIN_TTL_MILLIS = Duration.ofMinutes(1).toMillis();
  /** Longest time to live accepted from {@code Cache-Control}. */
  static final long MAX_TTL_MILLIS = Duration.ofHours(1).toMillis();

  private final JwksFetcher fetcher;
  private final Clock clock;
  private final RemoteKeySource.Settings settings;
  private final KeySourceListener listener;
  private final FetchHistory history;
  private final KeySourceLog log;
  private final RefreshAhead refresh;
  private final AtomicReference<@Nullable CompletableFuture<KeySet>> inFlight = new AtomicReference<>();
  private volatile @Nullable KeySet current;
  private volatile boolean closed;

  SingleFlightKeySet(JwksFetcher fetcher, Clock clock, RemoteKeySource.Settings settings,
      KeySourceListener listener, FetchHistory history, KeySourceLog log, RefreshAhead refresh) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.settings = settings;
    this.listener = listener;
    this.history = history;
    this.log = log;
    this.refresh = refresh;
  }

  /** @return the last key set loaded, fresh or not; {@code null} while none ever was */
  @Nullable KeySet current() {
    return current;
  }

  boolean isClosed() {
    return closed;
  }

  /** Stops new fetches; a fetch in flight still completes its callers. */
  @Override
  public void close() {
    closed = true;
  }

  /** @return whether {@code set} may serve a request at {@code now}; no side effects */
  boolean servable(KeySet set, long now) {
    return !closed && now < staleUntil(set);
  }

  /** @return the state {@code set} puts the source in at {@code now}; no side effects */
  KeySourceState stateOf(KeySet set, long now) {
    if (now < set.freshUntilMillis()) {
      return KeySourceState.HEALTHY;
    }
    return now < staleUntil(set) ? KeySourceState.DEGRADED : KeySourceState.UNAVAILABLE;
  }

  /** The last moment {@code set} may be served, exclusive: its time to live plus the stale bound. */
  long staleUntil(KeySet set) {
    return set.freshUntilMillis() + settings.staleMax().toMillis();
  }

  /**
   * A request is answered from {@code set} at {@code now} (or refused, past the bound): logs a change of state
   * and reports stale keys served. Nothing for a fresh set, so the warm path stays silent.
   */
  void reportServed(KeySet set, long now) {
    long freshUntil = set.freshUntilMillis();
    if (now < freshUntil) {
      return;
    }
    long staleUntil = staleUntil(set);
    if (now >= staleUntil) {
      log.observed(set, KeySourceState.UNAVAILABLE, staleUntil);
      return;
    }
    log.observed(set, KeySourceState.DEGRADED, staleUntil);
    listener.onStaleKeysServed(new KeySourceListener.StaleKeysServed(
        Duration.ofMillis(now - freshUntil), Duration.ofMillis(staleUntil - now)));
  }

  /**
   * With nothing loaded: the set the fetch in flight loads, or one fetched now. Fails with
   * {@link KeysUnavailable} at once while a failed fetch's backoff runs.
   */
  CompletableFuture<KeySet> coldLoad(long now) {
    CompletableFuture<KeySet> mine = new CompletableFuture<>();
    CompletableFuture<KeySet> fetch = inFlight.compareAndExchange(null, mine);
    if (fetch != null) {
      return fetch;
    }
    // Holding the flight now. A fetch that ended since this caller read "current" recorded its outcome
    // before releasing the flight (installed(), failed()), so look again before fetching.
    KeySet loaded = current;
    if (loaded != null) {
      release(mine, loaded, null);
    } else if (history.inBackoff(now)) {
      release(mine, null, history.unavailable(null, now));
    } else {
      launch(mine, FetchTrigger.FIRST_USE);
    }
    return mine;
  }

  /** Joins the fetch in flight, or starts one. */
  CompletableFuture<KeySet> startFetch(FetchTrigger trigger) {
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
    exchange.whenComplete((response, error) -> {
      try {
        finish(mine, trigger, startedNanos, response, error);
      } catch (RuntimeException | Error unexpected) {
        // A logging backend or listener that throws must neither keep the flight taken (no fetch would ever
        // start again) nor leave the callers of this fetch waiting: they get a typed "unavailable", and an
        // installed key set serves the next lookup.
        inFlight.compareAndSet(mine, null);
        mine.completeExceptionally(FetchHistory.asKeySetException(unexpected));
        if (unexpected instanceof VirtualMachineError fatal) {
          throw fatal;
        }
      }
    });
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
    refresh.loaded(set);
    inFlight.set(null);
    listener.onKeysFetched(new KeySourceListener.KeysFetched(trigger, set.usableKids(), latency,
        Duration.ofMillis(set.timeToLiveMillis())));
    KeySourceListener.KeySetChanged changed = changes(previous, set);
    if (changed != null) {
      listener.onKeySetChanged(changed);
    }
    mine.complete(set);
  }

  /** @return the kids {@code set} adds and removes since {@code previous}; {@code null} if it changed none */
  private static KeySourceListener.@Nullable KeySetChanged changes(@Nullable KeySet previous, KeySet set) {
    Set<String> added = new HashSet<>(set.usableKids());
    Set<String> removed = new HashSet<>();
    if (previous != null) {
      added.removeAll(previous.usableKids());
      removed.addAll(previous.usableKids());
      removed.removeAll(set.usableKids());
    }
    return previous == null || !added.isEmpty() || !removed.isEmpty()
        ? new KeySourceListener.KeySetChanged(added, removed) : null;
  }

  private void failed(CompletableFuture<KeySet> mine, FetchTrigger trigger, Duration latency, long now,
      KeySetException failure) {
    long delay = settings.backoff().delayMillis(history.consecutiveFailuresAfterNext());
    int failures = history.failed(now, failure.failure(), delay);
    KeySet set = current;
    if (!closed) {
      log.failed(failure.failure(), set, set == null ? KeySourceState.UNAVAILABLE : stateOf(set, now),
          set == null ? 0 : staleUntil(set));
    }
    refresh.failed(delay);
    inFlight.set(null);
    listener.onKeysFetchFailed(new KeySourceListener.KeysFetchFailed(trigger, failure.failure(), latency,
        failures, closed ? Optional.empty() : Optional.of(Duration.ofMillis(delay))));
    mine.completeExceptionally(failure);
  }

  /** The response's {@code max-age} clamped to [1 min, 1 h], or the default without one. */
  private long timeToLive(OptionalLong maxAgeSeconds) {
    if (maxAgeSeconds.isEmpty()) {
      return settings.defaultTtl().toMillis();
    }
    long millis = Math.min(maxAgeSeconds.getAsLong(), MAX_TTL_MILLIS / 1000) * 1000;
    return Math.max(MIN_TTL_MILLIS, Math.min(MAX_TTL_MILLIS, millis));
  }
}
