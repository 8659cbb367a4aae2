package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeySourceListener;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/**
 * Delivers key-source events to several listeners, each isolated: a listener that throws is logged and
 * skipped, and never changes a verification result.
 */
public final class GuardedListener implements KeySourceListener {

  private static final System.Logger LOG = System.getLogger(KeySourceLog.LOGGER_NAME);

  private final List<KeySourceListener> listeners;

  public GuardedListener(List<KeySourceListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  private void each(Consumer<KeySourceListener> event) {
    for (KeySourceListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException | LinkageError failure) {
        // A linkage error is typical of a metrics listener whose optional dependency is missing: the listener's
        // problem, never a reason to fail or stall the key source.
        LOG.log(Level.WARNING, "key source listener " + listener.getClass().getName() + " threw; ignored", failure);
      }
    }
  }

  @Override
  public void onKeysFetched(KeysFetched event) {
    each(listener -> listener.onKeysFetched(event));
  }

  @Override
  public void onKeysFetchFailed(KeysFetchFailed event) {
    each(listener -> listener.onKeysFetchFailed(event));
  }

  @Override
  public void onUnknownKid(UnknownKid event) {
    each(listener -> listener.onUnknownKid(event));
  }

  @Override
  public void onRefetchThrottled(RefetchThrottled event) {
    each(listener -> listener.onRefetchThrottled(event));
  }

  @Override
  public void onStaleKeysServed(StaleKeysServed event) {
    each(listener -> listener.onStaleKeysServed(event));
  }

  @Override
  public void onKeySetChanged(KeySetChanged event) {
    each(listener -> listener.onKeySetChanged(event));
  }
}
