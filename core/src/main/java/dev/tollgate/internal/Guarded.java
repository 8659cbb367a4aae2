package dev.tollgate.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * One application listener, isolated from the code that calls it: a {@link RuntimeException} or
 * {@link LinkageError} it throws is ignored, and only the first one is logged (WARNING), because a listener
 * called per request that fails once usually fails on every request. A linkage error is typical of a metrics
 * listener whose optional dependency is missing: the listener's problem, never a reason to fail a
 * verification or stall the key source. Any other error (an {@link AssertionError} of a test, an
 * {@link OutOfMemoryError}) propagates. Thread-safe.
 *
 * @param <L> the listener type
 */
public final class Guarded<L> {

  private final L listener;
  private final Logger logger;
  private final String role;
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  /**
   * Guards a listener.
   *
   * @param listener the application's listener
   * @param logger where its first failure is logged
   * @param role what the listener is, for the log message, e.g. {@code "key source listener"}
   */
  public Guarded(L listener, Logger logger, String role) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.logger = Objects.requireNonNull(logger, "logger");
    this.role = Objects.requireNonNull(role, "role");
  }

  /**
   * Calls {@code method} of the listener with {@code event}. A method reference that captures nothing (for
   * example {@code KeySourceListener::onKeysFetched}) keeps the call free of allocation.
   *
   * @param method the listener method
   * @param event its argument
   * @param <E> the event type
   */
  public <E> void deliver(BiConsumer<? super L, ? super E> method, E event) {
    try {
      method.accept(listener, event);
    } catch (RuntimeException | LinkageError failure) {
      if (failureLogged.compareAndSet(false, true)) {
        logger.log(Level.WARNING, role + " " + listener.getClass().getName()
            + " threw; ignored, and its further failures are not logged", failure);
      }
    }
  }
}
