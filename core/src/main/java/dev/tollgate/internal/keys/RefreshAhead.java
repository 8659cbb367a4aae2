package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeySourceListener.FetchTrigger;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one background fetch a remote key source has pending: a refresh at {@value #REFRESH_PERCENT}% of a loaded
 * set's time to live, so requests never wait while keys are fresh, or a retry after a failed fetch's backoff.
 * Scheduling a new one replaces the pending one. The fetch runs on the injected scheduler's thread. Thread-safe.
 */
final class RefreshAhead implements AutoCloseable {

  /** Share of a key set's time to live after which it is refreshed in the background: {@value}%. */
  static final int REFRESH_PERCENT = 80;

  private final RefreshScheduler scheduler;
  private final Function<FetchTrigger, CompletableFuture<KeySet>> fetch;
  private final Duration fetchWait;
  private boolean closed; // guarded by "this"
  private RefreshScheduler.@Nullable Scheduled pending; // guarded by "this"

  /**
   * @param fetch joins the fetch in flight or starts one
   * @param fetchWait how long a scheduled run waits for its fetch
   */
  RefreshAhead(RefreshScheduler scheduler, Function<FetchTrigger, CompletableFuture<KeySet>> fetch,
      Duration fetchWait) {
    this.scheduler = scheduler;
    this.fetch = fetch;
    this.fetchWait = fetchWait;
  }

  /** A key set was installed: refresh it ahead of its time to live. */
  void loaded(KeySet set) {
    schedule(set.timeToLiveMillis() * REFRESH_PERCENT / 100, FetchTrigger.SCHEDULED_REFRESH);
  }

  /** A fetch failed: try again after {@code delayMillis}. */
  void failed(long delayMillis) {
    schedule(delayMillis, FetchTrigger.RETRY);
  }

  /** Cancels the pending fetch and stops the scheduler; later requests to schedule are ignored. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (pending != null) {
        pending.cancel();
        pending = null;
      }
    }
    scheduler.close();
  }

  private synchronized void schedule(long delayMillis, FetchTrigger trigger) {
    if (closed) {
      return;
    }
    if (pending != null) {
      pending.cancel();
    }
    pending = scheduler.schedule(() -> run(trigger), Duration.ofMillis(Math.max(0, delayMillis)));
  }

  /** Runs on the scheduler thread, which may block: waiting here keeps background fetches one at a time. */
  private void run(FetchTrigger trigger) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    try {
      fetch.apply(trigger).get(fetchWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException alreadyRecorded) {
      // The fetch recorded the failure and scheduled the retry.
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
