package dev.tollgate.internal.keys;

import dev.tollgate.internal.Guarded;
import dev.tollgate.observability.KeySourceListener;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Delivers key-source events to several listeners, each isolated ({@link Guarded}): a listener that throws is
 * skipped, logged the first time only, and never changes a verification result.
 */
public final class GuardedListener implements KeySourceListener {

  private final List<Guarded<KeySourceListener>> listeners;

  public GuardedListener(List<KeySourceListener> listeners) {
    System.Logger log = System.getLogger(KeySourceLog.LOGGER_NAME);
    this.listeners = listeners.stream().map(listener -> new Guarded<>(listener, log, "key source listener")).toList();
  }

  private <E> void each(BiConsumer<KeySourceListener, E> method, E event) {
    for (Guarded<KeySourceListener> listener : listeners) {
      listener.deliver(method, event);
    }
  }

  @Override
  public void onKeysFetched(KeysFetched event) {
    each(KeySourceListener::onKeysFetched, event);
  }

  @Override
  public void onKeysFetchFailed(KeysFetchFailed event) {
    each(KeySourceListener::onKeysFetchFailed, event);
  }

  @Override
  public void onUnknownKid(UnknownKid event) {
    each(KeySourceListener::onUnknownKid, event);
  }

  @Override
  public void onRefetchThrottled(RefetchThrottled event) {
    each(KeySourceListener::onRefetchThrottled, event);
  }

  @Override
  public void onStaleKeysServed(StaleKeysServed event) {
    each(KeySourceListener::onStaleKeysServed, event);
  }

  @Override
  public void onKeySetChanged(KeySetChanged event) {
    each(KeySourceListener::onKeySetChanged, event);
  }
}
