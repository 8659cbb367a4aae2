package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DaemonRefreshSchedulerTest {

  @Test
  void scheduleWhenDueThenRunsOnADaemonThreadNamedForTollgate() throws Exception {
    DaemonRefreshScheduler scheduler = new DaemonRefreshScheduler();
    CountDownLatch ran = new CountDownLatch(1);
    Thread[] thread = new Thread[1];

    scheduler.schedule(() -> {
      thread[0] = Thread.currentThread();
      ran.countDown();
    }, Duration.ZERO);

    assertTrue(ran.await(5, TimeUnit.SECONDS));
    assertTrue(thread[0].isDaemon());
    assertTrue(thread[0].getName().startsWith("tollgate-keys-refresh-"));
    scheduler.close();
  }

  @Test
  void scheduleWhenCancelledOrClosedThenNeverRuns() throws Exception {
    DaemonRefreshScheduler scheduler = new DaemonRefreshScheduler();
    AtomicBoolean ran = new AtomicBoolean();

    scheduler.schedule(() -> ran.set(true), Duration.ofMillis(200)).cancel();
    scheduler.close();
    scheduler.schedule(() -> ran.set(true), Duration.ZERO);
    assertTrue(awaitTermination(scheduler));

    assertFalse(ran.get());
  }

  private static boolean awaitTermination(DaemonRefreshScheduler scheduler) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!scheduler.isTerminated() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return scheduler.isTerminated();
  }
}
