package dev.tollgate;

import java.util.Objects;

/**
 * How one verification ended, as a {@link VerificationListener} receives it: {@link Accepted},
 * {@link Rejected} or {@link KeysUnavailable}. Sealed, so a {@code switch} or {@code instanceof} chain over the
 * three is exhaustive. Immutable and thread-safe.
 */
public sealed interface VerificationOutcome {

  /**
   * The time from the start of {@code verify} or {@code verifyAsync} to this outcome, on the monotonic
   * {@link System#nanoTime()} clock.
   *
   * @return nanoseconds, never negative
   */
  long durationNanos();

  /**
   * The token verified: the caller received a {@link Session}.
   *
   * @param fromCache whether the verified-token cache answered (no signature was checked)
   * @param durationNanos see {@link VerificationOutcome#durationNanos()}
   */
  record Accepted(boolean fromCache, long durationNanos) implements VerificationOutcome {}

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
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The token could not be checked because the signing keys could not be obtained: the caller received a
   * {@link KeysUnavailableException} (HTTP 503).
   *
   * @param durationNanos see {@link VerificationOutcome#durationNanos()}
   */
  record KeysUnavailable(long durationNanos) implements VerificationOutcome {}
}
