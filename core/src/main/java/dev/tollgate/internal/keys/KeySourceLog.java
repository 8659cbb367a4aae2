package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeyFetchFailure;
import dev.tollgate.observability.KeySourceState;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a remote key source tells the application log: the first failed fetch of a run of failures (WARNING),
 * each change of state (WARNING towards {@code DEGRADED} and {@code UNAVAILABLE}, INFO back to
 * {@code HEALTHY}), and the first key set loaded (DEBUG). Nothing per request and nothing for a repeated
 * failure in the same state. Messages carry the failure kind, the HTTP status and the endpoint without its query;
 * never a secret, a token or a response body. Thread-safe.
 */
final class KeySourceLog {

  /** The logger name of key-source messages: {@value}. */
  static final String LOGGER_NAME = "dev.tollgate.keys";

  private final Logger logger;
  private final String endpoint;
  /** The state the log last reported; read without the lock on the request path. */
  private volatile KeySourceState reported = KeySourceState.UNAVAILABLE;

  // Guarded by "this".
  private @Nullable KeySet loaded;
  private @Nullable KeyFetchFailure lastFailure;
  private boolean failureReported;

  KeySourceLog(Logger logger, String endpoint) {
    this.logger = logger;
    this.endpoint = endpoint;
  }

  /**
   * A request found {@code set} stale or past its bound. Time only makes a set's state worse, so only a
   * worse state than the one reported is news; a set other than the last one loaded is ignored.
   */
  void observed(KeySet set, KeySourceState state, long staleUntilMillis) {
    if (state == reported) {
      return;
    }
    synchronized (this) {
      if (set == loaded && state.compareTo(reported) > 0) {
        reported = state;
        logger.log(Level.WARNING, "Signing keys are " + consequence(state, staleUntilMillis)
            + (lastFailure == null ? "" : "; fetching fails (" + kindAndStatus(lastFailure) + ")"));
      }
    }
  }

  /** A fetch failed; {@code state} is the source's state after it. */
  synchronized void failed(KeyFetchFailure failure, @Nullable KeySet set, KeySourceState state,
      long staleUntilMillis) {
    lastFailure = failure;
    if (failureReported) {
      if (set != null) {
        observed(set, state, staleUntilMillis);
      }
      return;
    }
    failureReported = true;
    reported = state;
    logger.log(Level.WARNING, "Fetching signing keys failed (" + kindAndStatus(failure) + "): " + failure.message()
        + ". Signing keys are " + consequence(state, staleUntilMillis) + "; retrying with backoff");
  }

  /** A key set was installed after {@code failedAttempts} consecutive failed fetches. */
  synchronized void loaded(KeySet set, int failedAttempts) {
    boolean first = loaded == null;
    boolean recovered = failureReported || (!first && reported != KeySourceState.HEALTHY);
    loaded = set;
    lastFailure = null;
    failureReported = false;
    reported = KeySourceState.HEALTHY;
    if (recovered) {
      logger.log(Level.INFO, "Signing keys are HEALTHY: fetched from " + endpoint + " after " + failedAttempts
          + (failedAttempts == 1 ? " failed attempt" : " failed attempts"));
    } else if (first) {
      logger.log(Level.DEBUG, () -> "Signing keys loaded from " + endpoint + " (HEALTHY): key ids "
          + new TreeSet<>(set.usableKids()));
    }
  }

  private static String consequence(KeySourceState state, long staleUntilMillis) {
    return switch (state) {
      case HEALTHY -> "HEALTHY: the current key set is still fresh";
      case DEGRADED -> "DEGRADED: the last key set is served stale until " + Instant.ofEpochMilli(staleUntilMillis);
      case UNAVAILABLE -> "UNAVAILABLE: no key set can be served; verification answers 503 until a fetch succeeds";
    };
  }

  private static String kindAndStatus(KeyFetchFailure failure) {
    return failure.kind() + (failure.httpStatus().isPresent() ? ", HTTP " + failure.httpStatus().getAsInt() : "");
  }
}
