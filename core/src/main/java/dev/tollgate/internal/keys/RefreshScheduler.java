package dev.tollgate.internal.keys;

import java.time.Duration;

/**
 * Runs key refreshes later, off request threads. The default runs them on one daemon thread per verifier;
 * tests use a manual scheduler driven by their injected clock, so no test waits for real time.
 */
public interface RefreshScheduler extends AutoCloseable {

  /** A scheduled task that can be cancelled. */
  interface Scheduled {
    void cancel();
  }

  /**
   * Schedules {@code task} to run once after {@code delay}; tasks run one at a time.
   *
   * @return a handle to cancel it
   */
  Scheduled schedule(Runnable task, Duration delay);

  /** Cancels pending tasks and stops the thread; later {@link #schedule} calls are ignored. */
  @Override
  void close();
}
