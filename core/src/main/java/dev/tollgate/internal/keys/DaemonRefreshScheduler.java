package dev.tollgate.internal.keys;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link RefreshScheduler}: one daemon thread, started on the first scheduled task, so a
 * verifier never keeps a JVM alive and an idle one costs no thread.
 */
public final class DaemonRefreshScheduler implements RefreshScheduler {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ScheduledThreadPoolExecutor executor;

  public DaemonRefreshScheduler() {
    executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "tollgate-keys-refresh-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  @Override
  public Scheduled schedule(Runnable task, Duration delay) {
    try {
      ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
      return () -> future.cancel(false);
    } catch (RejectedExecutionException closed) {
      return () -> {};
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** @return whether the scheduler thread has stopped (for tests of {@code close()}) */
  public boolean isTerminated() {
    return executor.isTerminated();
  }
}
