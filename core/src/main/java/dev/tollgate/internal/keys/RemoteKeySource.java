package dev.tollgate.internal.keys;

import dev.tollgate.internal.Backoff;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceListener;
import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import dev.tollgate.observability.KeySourceState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Keys from a JWKS endpoint, kept available. Each concern has its own class:
 *
 * <ul>
 *   <li>{@link SingleFlightKeySet}: one fetch at a time (concurrent callers share the fetch in flight), the
 *       cold load, and the stale bound: a set is fresh for its time to live (the default, or
 *       {@code Cache-Control: max-age} clamped to [1 min, 1 h]) and then served stale for at most
 *       {@code staleMax}, after which callers get {@link KeysUnavailable} at once. Failed fetches never
 *       replace a good set.</li>
 *   <li>{@link RefreshAhead}: a background refresh at 80% of the time to live, so requests never wait while keys
 *       are fresh; background retries back off exponentially with jitter.</li>
 *   <li>{@link RefetchGuard}: an unknown kid or a failed signature with a known kid may trigger one on-demand
 *       refetch per cooldown.</li>
 *   <li>{@link FetchHistory} and {@link KeySourceLog}: what happened, for health and for the "unavailable"
 *       answers; the first failed fetch of a run and each change of state are logged, never each request.</li>
 * </ul>
 *
 * <p>Not built on Nimbus's {@code JWKSourceBuilder} chain: its caching source waits on a lock while one thread
 * refreshes, and its refresh-ahead source reads the wall clock. Here no request blocks on another's fetch
 * (the single flight is a lock-free future swap), time comes from the injected clock and refreshes run on the
 * injected scheduler, so every bound is tested without sleeping. {@link #close()} stops the scheduler and the
 * fetcher's own HTTP client, if it has one. Thread-safe.
 */
public final class RemoteKeySource implements KeySource {

  /**
   * Tuning of a remote source; all durations positive except {@code staleMax}, which may be zero.
   *
   * @param defaultTtl how long a key set without {@code Cache-Control: max-age} stays fresh
   * @param staleMax how long past its time to live the last good set is served while refreshing fails
   * @param cooldown the least time between two on-demand refetches
   * @param backoff the delays between failed background fetches
   */
  public record Settings(Duration defaultTtl, Duration staleMax, Duration cooldown, Backoff backoff) {

    public Settings {
      Objects.requireNonNull(defaultTtl, "defaultTtl");
      Objects.requireNonNull(staleMax, "staleMax");
      Objects.requireNonNull(cooldown, "cooldown");
      Objects.requireNonNull(backoff, "backoff");
    }

    /** Settings whose backoff runs from {@code backoffBase} to {@code backoffMax} with random jitter. */
    public Settings(Duration defaultTtl, Duration staleMax, Duration cooldown, Duration backoffBase,
        Duration backoffMax) {
      this(defaultTtl, staleMax, cooldown, new Backoff(backoffBase, backoffMax));
    }
  }

  private final JwksFetcher fetcher;
  private final Clock clock;
  private final RefetchGuard refetches;
  private final FetchHistory history = new FetchHistory();
  private final RefreshAhead refresh;
  private final SingleFlightKeySet keys;

  /** A source that logs to the {@code dev.tollgate.observability} logger. */
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
    KeySourceLog log = new KeySourceLog(Objects.requireNonNull(logger, "logger"), fetcher.endpoint());
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(listener, "listener");
    this.refetches = new RefetchGuard(clock, settings.cooldown(),
        Duration.ofMillis(Math.max(settings.cooldown().toMillis(), settings.defaultTtl().toMillis())), listener);
    this.refresh = new RefreshAhead(Objects.requireNonNull(scheduler, "scheduler"),
        this::backgroundFetch, fetchWaitTimeout());
    this.keys = new SingleFlightKeySet(fetcher, clock, settings, listener, history, log, refresh);
  }

  @Override
  public CompletableFuture<KeyLookup> find(@Nullable String kid) {
    if (keys.isClosed()) {
      return CompletableFuture.failedFuture(FetchHistory.closed());
    }
    KeySet set = keys.current();
    long now = clock.millis();
    if (set == null) {
      return keys.coldLoad(now).handle((loaded, error) -> {
        if (loaded == null) {
          throw new CompletionException(history.unavailable(error, clock.millis()));
        }
        return lookupFetched(loaded, kid);
      });
    }
    keys.reportServed(set, now);
    if (!keys.servable(set, now)) {
      return CompletableFuture.failedFuture(history.expired(set, now));
    }
    CompletableFuture<KeyLookup> answer = set.answer(kid);
    return answer == KeyLookup.MISS_COMPLETED ? onMiss(kid, now) : answer;
  }

  @Override
  public CompletableFuture<@Nullable VerificationKey> changedKey(VerificationKey used) {
    String kid = used.kid();
    if (kid == null || keys.isClosed() || !refetches.tryAcquire(clock.millis())) {
      return CompletableFuture.completedFuture(null);
    }
    return keys.startFetch(FetchTrigger.KEY_CHANGED).handle((set, error) -> {
      VerificationKey fresh = set == null ? null : set.usable(kid);
      return fresh != null && !fresh.sameAs(used) ? fresh : null;
    });
  }

  /** A verified-token cache hit is a request served: like {@link #find}, it reports stale keys served. */
  @Override
  public boolean isCurrent(VerificationKey key) {
    String kid = key.kid();
    KeySet set = keys.current();
    if (kid == null || set == null || keys.isClosed()) {
      return false;
    }
    long now = clock.millis();
    keys.reportServed(set, now);
    return keys.servable(set, now) && set.usable(kid) == key;
  }

  /**
   * Refreshes keys that are missing or past their time to live, then answers what verification would: returns
   * while a key set can be served (fresh, or stale within the bound), even if the refresh failed.
   */
  @Override
  public void warmUp(Duration timeout) throws KeysUnavailable {
    if (keys.isClosed()) {
      throw FetchHistory.closed();
    }
    KeySet set = keys.current();
    if (set != null && clock.millis() < set.freshUntilMillis()) {
      return;
    }
    try {
      keys.startFetch(FetchTrigger.WARM_UP).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      if (!servableNow(clock.millis())) {
        throw new KeysUnavailable("warm-up did not load signing keys within " + timeout.toMillis()
            + " ms", Duration.ofSeconds(1), null);
      }
    } catch (ExecutionException failed) {
      long now = clock.millis();
      if (!servableNow(now)) {
        KeySet stale = keys.current();
        throw stale == null ? history.unavailable(failed.getCause(), now) : history.expired(stale, now);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KeysUnavailable("interrupted while loading signing keys", Duration.ofSeconds(1), null);
    }
  }

  @Override
  public Duration fetchWaitTimeout() {
    return fetcher.timeout().plusSeconds(1);
  }

  @Override
  public KeySourceHealth health() {
    long now = clock.millis();
    KeySet set = keys.current();
    KeySourceState state = keys.isClosed() || set == null ? KeySourceState.UNAVAILABLE : keys.stateOf(set, now);
    HealthBuilder health = new HealthBuilder(state);
    if (set != null) {
      health.keySetAge(Duration.ofMillis(Math.max(0, now - set.fetchedAtMillis())))
          .freshUntil(Instant.ofEpochMilli(set.freshUntilMillis()))
          .staleUntil(Instant.ofEpochMilli(keys.staleUntil(set)))
          .keyIds(set.usableKids());
    }
    history.describe(health);
    return health.build();
  }

  @Override
  public void close() {
    keys.close();
    refresh.close();
    fetcher.close();
  }

  /** What {@link RefreshAhead} runs; a method, since the key set is created after the schedule it reports to. */
  private CompletableFuture<KeySet> backgroundFetch(FetchTrigger trigger) {
    return keys.startFetch(trigger);
  }

  /** @return whether verification would be served a key set now; no side effects */
  private boolean servableNow(long now) {
    KeySet set = keys.current();
    return set != null && keys.servable(set, now);
  }

  private CompletableFuture<KeyLookup> onMiss(@Nullable String kid, long now) {
    if (kid == null || refetches.isKnownUnknown(kid)) {
      return KeyLookup.MISS_COMPLETED;
    }
    if (!refetches.tryAcquire(now)) {
      refetches.reportUnconfirmed(kid);
      return KeyLookup.MISS_COMPLETED;
    }
    return keys.startFetch(FetchTrigger.UNKNOWN_KID).handle((set, error) -> {
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
}
