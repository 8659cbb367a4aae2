package dev.tollgate.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand; thread-safe. A test can also hold one thread at its next read of the clock
 * ({@link #pauseNextReadOn}), to put that thread at a known point while other threads run.
 */
public final class MutableClock extends Clock {

  /** A thread held at its next clock read: the test waits until it is there, then lets it go. */
  public static final class Pause {
    private final String threadName;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);

    private Pause(String threadName) {
      this.threadName = threadName;
    }

    /** Waits (at most five seconds) until the thread is held. */
    public void awaitReached() throws InterruptedException {
      if (!reached.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("thread " + threadName + " never read the clock");
      }
    }

    /** Lets the held thread read the clock and go on. */
    public void resume() {
      resumed.countDown();
    }

    private void hold() {
      reached.countDown();
      try {
        if (!resumed.await(5, TimeUnit.SECONDS)) {
          throw new AssertionError("the test never resumed thread " + threadName);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final AtomicLong millis;
  private final AtomicReference<Pause> pause = new AtomicReference<>();

  public MutableClock(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  public void advance(Duration by) {
    millis.addAndGet(by.toMillis());
  }

  public void set(Instant instant) {
    millis.set(instant.toEpochMilli());
  }

  /** Holds the thread named {@code threadName} at its next read of this clock, until the pause is resumed. */
  public Pause pauseNextReadOn(String threadName) {
    Pause next = new Pause(threadName);
    pause.set(next);
    return next;
  }

  @Override
  public long millis() {
    Pause next = pause.get();
    if (next != null && Thread.currentThread().getName().equals(next.threadName)
        && pause.compareAndSet(next, null)) {
      next.hold();
    }
    return millis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
