package dev.tollgate.testing;

import dev.tollgate.internal.keys.RefreshScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link RefreshScheduler} that runs nothing by itself: tasks fall due on the test's clock and run, on the
 * test's thread, when the test calls {@link #runDue()}. Thread-safe for scheduling from fetch callbacks.
 */
public final class ManualScheduler implements RefreshScheduler {

  private static final class Task {
    final long dueAt;
    final Runnable body;
    boolean cancelled;

    Task(long dueAt, Runnable body) {
      this.dueAt = dueAt;
      this.body = body;
    }
  }

  private final Clock clock;
  private final List<Task> tasks = new ArrayList<>();
  private boolean closed;

  public ManualScheduler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Scheduled schedule(Runnable task, Duration delay) {
    if (closed) {
      return () -> {};
    }
    Task scheduled = new Task(clock.millis() + delay.toMillis(), task);
    tasks.add(scheduled);
    return () -> {
      synchronized (ManualScheduler.this) {
        scheduled.cancelled = true;
        tasks.remove(scheduled);
      }
    };
  }

  /** Runs every task due at the clock's time, including tasks they schedule that are due too. */
  public int runDue() {
    int ran = 0;
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.stream().filter(t -> t.dueAt <= clock.millis()).min(Comparator.comparingLong(t -> t.dueAt))
            .orElse(null);
        if (next == null) {
          return ran;
        }
        tasks.remove(next);
      }
      next.body.run();
      ran++;
    }
  }

  /** Moves {@code clock} to each task in turn until {@code until}, running the tasks as they fall due. */
  public void runUntil(MutableClock clock, Instant until) {
    while (nextDueAt() >= 0 && nextDueAt() <= until.toEpochMilli()) {
      clock.set(Instant.ofEpochMilli(Math.max(clock.millis(), nextDueAt())));
      runDue();
    }
    clock.set(until);
  }

  /** @return when the earliest pending task is due, in epoch millis, or -1 */
  public synchronized long nextDueAt() {
    return tasks.stream().mapToLong(t -> t.dueAt).min().orElse(-1);
  }

  public synchronized int pending() {
    return tasks.size();
  }

  @Override
  public synchronized void close() {
    closed = true;
    tasks.clear();
  }

  public synchronized boolean isClosed() {
    return closed;
  }
}
