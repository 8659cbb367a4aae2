package dev.tollgate.internal.keys;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A key source could not serve a key set: nothing was ever loaded, the last set is past its stale bound, or the
 * source is closed. The verifier turns it into the public {@code dev.tollgate.KeysUnavailableException} with the
 * same message and retry hint, so that this package does not depend on the package that uses it.
 *
 * <p>The message names the kind of failure; it never contains a token, a secret key or a response body.
 */
public final class KeysUnavailable extends Exception {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the failure.
   *
   * @param message what failed, safe to log; never a secret
   * @param retryAfter when a retry is worth it (zero or positive)
   * @param cause the underlying failure, or {@code null}
   */
  public KeysUnavailable(String message, Duration retryAfter, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    this.retryAfter = retryAfter;
  }

  /**
   * How long a client should wait before retrying.
   *
   * @return a non-negative duration
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
