package dev.tollgate;

/**
 * Receives the outcome of each verification a {@link SessionVerifier} answers, for metrics and audit counters:
 * accepted (and whether the verified-token cache answered), rejected with its {@link RejectionReason}, or
 * unanswered because the signing keys are unavailable, each with how long the verification took. Register one
 * with {@link SessionVerifierBuilder#verificationListener(VerificationListener)}; a verifier without one reads no
 * clock and allocates nothing for it.
 *
 * <p>Called once per {@link SessionVerifier#verify} and {@link SessionVerifier#verifyAsync} call that ends in one
 * of these outcomes, synchronously on the thread that finished the verification (the caller's thread, or for
 * {@code verifyAsync} waiting on a key fetch, the HTTP client's thread), before the caller sees the result. Keep
 * it fast and non-blocking; it may be called from many threads at once. A {@link RuntimeException} or
 * {@link LinkageError} it throws is ignored (logged the first time only) and never changes the outcome. A
 * {@code null} token ({@link NullPointerException}) is a programming error, not an outcome, and is not reported.
 *
 * <p>Outcomes carry no user id, session id, key id or token, so every component is safe as a metric tag.
 */
@FunctionalInterface
public interface VerificationListener {

  /**
   * One verification ended.
   *
   * @param outcome how it ended; never {@code null}
   */
  void onVerification(VerificationOutcome outcome);
}
