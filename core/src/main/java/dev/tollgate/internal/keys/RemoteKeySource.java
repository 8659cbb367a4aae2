package dev.tollgate.internal.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.concurrent.atomic.AtomicLong;
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
 *       for a fetch.</li>
 *   <li>An unknown kid or a failed signature with a known kid may trigger one on-demand refetch per cooldown.
 *       Inside the cooldown, and for kids a fresh set already lacked (a bounded negative cache), the answer is
 *       an immediate miss, never a wait. Any refetch reloads the whole set, so a real new kid is picked up by
 *       the next one whoever triggers it.</li>
 * </ul>
 *
 * <p>Time comes from the injected clock; refreshes run on the injected scheduler. Thread-safe. This class is
 * larger than most because its state transitions (fresh, stale, unavailable, cooldown, backoff) share one lock
 * and are easier to check in one place.
 */
public final class RemoteKeySource implements KeySource {

  /** Shortest time to live accepted from {@code Cache-Control}. */
  static final long MIN_TTL_MILLIS = Duration.ofMinutes(1).toMillis();
  /** Longest time to live accepted from {@code Cache-Control}. */
  static final long MAX_TTL_MILLIS = Duration.ofHours(1).toMillis();
  /** Most unknown kids remembered. */
  static final int UNKNOWN_KID_CAPACITY = 10_000;

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
  private final Cache<String, Boolean> unknownKids;
  private final AtomicReference<@Nullable CompletableFuture<KeySet>> inFlight = new AtomicReference<>();
  private final AtomicLong onDemandAllowedAt = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong fetchCount = new AtomicLong();
  private final AtomicLong failureCount = new AtomicLong();
  private volatile @Nullable KeySet current;
  private volatile boolean closed;

  // Guarded by "this".
  private int consecutiveFailures;
  private long nextAttemptAt = Long.MIN_VALUE;
  private long lastSuccessAt = Long.MIN_VALUE;
  private long lastFailureAt = Long.MIN_VALUE;
  private @Nullable KeyFetchFailure lastFailure;
  private RefreshScheduler.@Nullable Scheduled pending;

  public RemoteKeySource(JwksFetcher fetcher, Clock clock, Settings settings, KeySourceListener listener,
      RefreshScheduler scheduler) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.unknownKids = Caffeine.newBuilder()
        .maximumSize(UNKNOWN_KID_CAPACITY)
        .expireAfterWrite(Duration.ofMillis(Math.max(settings.cooldownMillis, settings.defaultTtlMillis)))
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .executor(Runnable::run)
        .build();
  }

  @Override
  public CompletableFuture<KeyLookup> find(@Nullable String kid) {
    if (closed) {
      return CompletableFuture.failedFuture(closedException());
    }
    long now = clock.millis();
    KeySet set = current;
    if (set == null) {
      return coldLoad(kid, now);
    }
    if (!servable(set, now)) {
      return CompletableFuture.failedFuture(expiredException(set, now));
    }
    KeyLookup lookup = set.lookup(kid);
    return lookup.isMiss() ? onMiss(kid, now) : lookup.completed();
  }

  @Override
  public CompletableFuture<@Nullable VerificationKey> changedKey(VerificationKey used) {
    String kid = used.kid();
    if (kid == null || closed) {
      return CompletableFuture.completedFuture(null);
    }
    if (!tryAcquireOnDemand(clock.millis())) {
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
    return kid != null && set != null && !closed && servable(set, clock.millis()) && set.usable(kid) == key;
  }

  @Override
  public void warmUp(Duration timeout) throws KeysUnavailableException {
    if (closed) {
      throw closedException();
    }
    KeySet set = current;
    if (set != null && clock.millis() < set.freshUntilMillis()) {
      return;
    }
    try {
      startFetch(FetchTrigger.WARM_UP).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      throw new KeysUnavailableException("warm-up did not load signing keys within " + timeout.toMillis() + " ms",
          Duration.ofSeconds(1), null);
    } catch (ExecutionException failed) {
      throw unavailableFrom(failed.getCause(), clock.millis());
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
    KeySourceState state;
    if (closed || set == null || now >= staleUntil(set)) {
      state = KeySourceState.UNAVAILABLE;
    } else {
      state = now < set.freshUntilMillis() ? KeySourceState.HEALTHY : KeySourceState.DEGRADED;
    }
    KeySourceHealth.Builder health = KeySourceHealth.builder(state)
        .counts(fetchCount.get(), failureCount.get(), consecutiveFailures());
    if (set != null) {
      health.keySetAge(Duration.ofMillis(Math.max(0, now - set.fetchedAtMillis())))
          .freshUntil(Instant.ofEpochMilli(set.freshUntilMillis()))
          .staleUntil(Instant.ofEpochMilli(staleUntil(set)))
          .keyIds(set.usableKids());
    }
    synchronized (this) {
      if (lastSuccessAt != Long.MIN_VALUE) {
        health.lastSuccess(Instant.ofEpochMilli(lastSuccessAt));
      }
      if (lastFailureAt != Long.MIN_VALUE) {
        health.lastFailure(Instant.ofEpochMilli(lastFailureAt), lastFailure);
      }
    }
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
  }

  private boolean servable(KeySet set, long now) {
    long freshUntil = set.freshUntilMillis();
    if (now < freshUntil) {
      return true;
    }
    long staleUntil = staleUntil(set);
    if (now >= staleUntil) {
      return false;
    }
    listener.onStaleKeysServed(new KeySourceListener.StaleKeysServed(
        Duration.ofMillis(now - freshUntil), Duration.ofMillis(staleUntil - now)));
    return true;
  }

  private long staleUntil(KeySet set) {
    return set.freshUntilMillis() + settings.staleMaxMillis;
  }

  private CompletableFuture<KeyLookup> coldLoad(@Nullable String kid, long now) {
    CompletableFuture<KeySet> fetch = inFlight.get();
    if (fetch == null) {
      synchronized (this) {
        if (now < nextAttemptAt) {
          return CompletableFuture.failedFuture(unavailableFrom(null, now));
        }
      }
      fetch = startFetch(FetchTrigger.FIRST_USE);
    }
    return fetch.handle((set, error) -> {
      if (set == null) {
        throw new CompletionException(unavailableFrom(error, clock.millis()));
      }
      KeyLookup lookup = set.lookup(kid);
      if (lookup.isMiss() && kid != null) {
        rememberUnknown(kid, true);
      }
      return lookup;
    });
  }

  private CompletableFuture<KeyLookup> onMiss(@Nullable String kid, long now) {
    if (kid == null) {
      return KeyLookup.MISS.completed();
    }
    if (unknownKids.getIfPresent(kid) != null) {
      listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, false));
      return KeyLookup.MISS.completed();
    }
    if (!tryAcquireOnDemand(now)) {
      listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, false));
      return KeyLookup.MISS.completed();
    }
    return startFetch(FetchTrigger.UNKNOWN_KID).handle((set, error) -> {
      if (set == null) {
        // The refetch failed; the set we have is still authoritative for this kid.
        listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, false));
        return KeyLookup.MISS;
      }
      KeyLookup lookup = set.lookup(kid);
      if (lookup.isMiss()) {
        rememberUnknown(kid, true);
      }
      return lookup;
    });
  }

  private void rememberUnknown(String kid, boolean refetched) {
    unknownKids.put(kid, Boolean.TRUE);
    listener.onUnknownKid(new KeySourceListener.UnknownKid(kid, refetched));
  }

  private boolean tryAcquireOnDemand(long now) {
    while (true) {
      long allowedAt = onDemandAllowedAt.get();
      if (now < allowedAt) {
        listener.onRefetchThrottled(new KeySourceListener.RefetchThrottled(Duration.ofMillis(allowedAt - now)));
        return false;
      }
      if (onDemandAllowedAt.compareAndSet(allowedAt, now + settings.cooldownMillis)) {
        return true;
      }
    }
  }

  private CompletableFuture<KeySet> startFetch(FetchTrigger trigger) {
    CompletableFuture<KeySet> mine = new CompletableFuture<>();
    CompletableFuture<KeySet> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    if (closed) {
      inFlight.set(null);
      mine.completeExceptionally(closedException());
      return mine;
    }
    fetchCount.incrementAndGet();
    long startedNanos = System.nanoTime();
    CompletableFuture<JwksFetcher.Response> exchange;
    try {
      exchange = fetcher.fetch();
    } catch (RuntimeException failed) {
      exchange = CompletableFuture.failedFuture(new KeySetException(KeyFetchFailure.Kind.CONNECTION_FAILED,
          "could not start the key request: " + failed.getClass().getSimpleName()));
    }
    exchange.whenComplete((response, error) -> finish(mine, trigger, startedNanos, response, error));
    return mine;
  }

  private void finish(CompletableFuture<KeySet> mine, FetchTrigger trigger, long startedNanos,
      JwksFetcher.@Nullable Response response, @Nullable Throwable error) {
    Duration latency = Duration.ofNanos(System.nanoTime() - startedNanos);
    long now = clock.millis();
    KeySet loaded = null;
    KeySetException failure = null;
    if (response != null) {
      try {
        loaded = JwkSetParser.parse(response.body(), now, timeToLive(response.maxAgeSeconds()));
      } catch (KeySetException unusable) {
        failure = unusable;
      } catch (RuntimeException unexpected) {
        failure = new KeySetException(KeyFetchFailure.Kind.MALFORMED, "key set could not be loaded");
      }
    } else {
      failure = asKeySetException(error);
    }
    if (loaded != null) {
      installed(mine, trigger, latency, now, loaded);
    } else {
      failed(mine, trigger, latency, now, Objects.requireNonNull(failure));
    }
  }

  private void installed(CompletableFuture<KeySet> mine, FetchTrigger trigger, Duration latency, long now,
      KeySet loaded) {
    KeySet previous = current;
    KeySet set = loaded.reusingKeysOf(previous);
    current = set;
    synchronized (this) {
      consecutiveFailures = 0;
      nextAttemptAt = Long.MIN_VALUE;
      lastSuccessAt = now;
      scheduleLocked(set.timeToLiveMillis() * 4 / 5, FetchTrigger.SCHEDULED_REFRESH);
    }
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
    int failures;
    long delay;
    synchronized (this) {
      failures = ++consecutiveFailures;
      lastFailure = failure.failure();
      lastFailureAt = now;
      delay = settings.backoff.delayMillis(failures);
      nextAttemptAt = now + delay;
      scheduleLocked(delay, FetchTrigger.RETRY);
    }
    failureCount.incrementAndGet();
    inFlight.set(null);
    listener.onKeysFetchFailed(new KeySourceListener.KeysFetchFailed(trigger, failure.failure(), latency,
        failures, closed ? Optional.empty() : Optional.of(Duration.ofMillis(delay))));
    mine.completeExceptionally(failure);
  }

  private void scheduleLocked(long delayMillis, FetchTrigger trigger) {
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

  private synchronized int consecutiveFailures() {
    return consecutiveFailures;
  }

  private static KeySetException asKeySetException(@Nullable Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof KeySetException) {
      return (KeySetException) cause;
    }
    return new KeySetException(KeyFetchFailure.Kind.CONNECTION_FAILED, "key request failed: "
        + (cause == null ? "unknown error" : cause.getClass().getSimpleName()));
  }

  private KeysUnavailableException unavailableFrom(@Nullable Throwable error, long now) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof KeysUnavailableException) {
      return (KeysUnavailableException) cause;
    }
    KeyFetchFailure failure;
    long retryAt;
    synchronized (this) {
      failure = cause instanceof KeySetException ? ((KeySetException) cause).failure() : lastFailure;
      retryAt = nextAttemptAt;
    }
    String what = failure == null ? "no key set could be loaded" : failure.message();
    return new KeysUnavailableException("Signing keys are unavailable: " + what, retryAfter(retryAt, now), cause);
  }

  private KeysUnavailableException expiredException(KeySet set, long now) {
    KeyFetchFailure failure;
    long retryAt;
    synchronized (this) {
      failure = lastFailure;
      retryAt = nextAttemptAt;
    }
    return new KeysUnavailableException("Signing keys are unavailable: the last key set is "
        + Duration.ofMillis(now - set.freshUntilMillis()).toSeconds() + " s past its time to live"
        + (failure == null ? "" : " and refreshing fails (" + failure.message() + ")"),
        retryAfter(retryAt, now), null);
  }

  private static Duration retryAfter(long retryAt, long now) {
    long millis = retryAt == Long.MIN_VALUE ? 0 : retryAt - now;
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }

  private static KeysUnavailableException closedException() {
    return new KeysUnavailableException("the verifier is closed", Duration.ofSeconds(1), null);
  }
}
