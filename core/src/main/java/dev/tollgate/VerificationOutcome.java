package dev.tollgate;

import java.util.Objects;

/**
 * How one verification ended, as a {@link VerificationListener} receives it: {@link Accepted},
 * {@link Rejected} or {@link KeysUnavailable}. Sealed, so a {@code switch} or {@code instanceof} chain over the
 * three is exhaustive. Immutable and thread-safe.
 */
public sealed interface VerificationOutcome {

  /**
   * The time the verification took, on the monotonic {@link System#nanoTime()} clock: from just after the
   * verified-token cache was consulted (it missed) to this outcome. A verification the cache answered is not
   * timed, so that the cheapest path reads no clock: its duration is {@code 0}, and only
   * {@link Accepted#fromCache()} outcomes have it.
   *
   * @return nanoseconds, never negative; {@code 0} exactly when the cache answered
   */
  long durationNanos();

  /**
   * The token verified: the caller received a {@link Session}.
   *
   * @param fromCache whether the verified-token cache answered (no signature was checked)
   * @param durationNanos see {@link VerificationOutcome#durationNanos()}; {@code 0} when {@code fromCache}
   */
  record Accepted(boolean fromCache, long durationNanos) implements VerificationOutcome {

    /** The outcome of every verification the cache answered, shared so that reporting one allocates nothing. */
    public static final Accepted FROM_CACHE = new Accepted(true, 0);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code durationNanos} is negative, or not {@code 0} when
     *     {@code fromCache}
     */
    public Accepted {
      requireDuration(durationNanos);
      if (fromCache && durationNanos != 0) {
        throw new IllegalArgumentException(
            "a verification the cache answered is not timed: durationNanos must be 0");
      }
    }
  }

  /**
   * The token was refused: the caller received a {@link TokenVerificationException} with this reason (HTTP 401).
   * Never answered from the verified-token cache, which holds accepted tokens only.
   *
   * @param reason the refusal; one of the token reasons, never a request reason
   * @param durationNanos see {@link VerificationOutcome#durationNanos()}
   */
  record Rejected(RejectionReason reason, long durationNanos) implements VerificationOutcome {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code reason} is {@code null}
     * @throws IllegalArgumentException if {@code durationNanos} is negative
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      requireDuration(durationNanos);
    }
  }

  /**
   * The token could not be checked because the signing keys could not be obtained: the caller received a
   * {@link KeysUnavailableException} (HTTP 503).
   *
   * @param durationNanos see {@link VerificationOutcome#durationNanos()}
   */
  record KeysUnavailable(long durationNanos) implements VerificationOutcome {
    /**
     * Checks the component.
     *
     * @throws IllegalArgumentException if {@code durationNanos} is negative
     */
    public KeysUnavailable {
      requireDuration(durationNanos);
    }
  }

  private static void requireDuration(long durationNanos) {
    if (durationNanos < 0) {
      throw new IllegalArgumentException("durationNanos must not be negative");
    }
  }
}
