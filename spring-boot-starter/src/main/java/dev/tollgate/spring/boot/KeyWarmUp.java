package dev.tollgate.spring.boot;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.SessionVerifier;
import dev.tollgate.observability.KeySourceState;
import java.time.Duration;

/**
 * Loads the signing keys in the background at startup, so the first request does not wait for them and startup
 * never fails or waits because the key endpoint is down. The verifier logs a failed fetch itself and fetches again
 * on demand. Stateless.
 */
final class KeyWarmUp {

  private KeyWarmUp() {}

  static void start(SessionVerifier verifier, Duration timeout) {
    if (verifier.health().state() == KeySourceState.HEALTHY) {
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        verifier.warmUp(timeout);
      } catch (KeysUnavailableException unavailable) {
        // Reported by the verifier's log and health; a request fetches again.
      }
    }, "tollgate-key-warm-up");
    thread.setDaemon(true);
    thread.start();
  }
}
