package dev.tollgate;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The signing keys could not be obtained, so the token could not be checked at all: a 503 for a resource
 * server, never a 401 and never acceptance.
 *
 * <p>Typical causes: the JWKS endpoint is down, slow beyond its timeout, answers with an error status or a
 * body that is not a usable key set, the Backend API rejects the secret key, or the last good key set is
 * older than the stale bound. The {@linkplain #retryAfter() retry hint} says when trying again is useful.
 *
 * <p>The message names the kind of failure; it never contains a token, a secret key or a response body.
 */
public final class KeysUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what failed, safe to log; never a secret
   * @param retryAfter when a retry is worth it (zero or positive)
   * @param cause the underlying failure, or {@code null}
   */
  public KeysUnavailableException(String message, Duration retryAfter, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    this.retryAfter = retryAfter;
  }

  /**
   * How long a client should wait before retrying, for an HTTP {@code Retry-After} header.
   *
   * @return a non-negative duration
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
