package dev.tollgate.backend;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts of a call. The one place where the client waits for time to pass, so tests replace it
 * with one that records the requested delays and returns at once.
 */
@FunctionalInterface
interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper THREAD = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  /**
   * Waits for {@code duration}.
   *
   * @param duration positive
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
