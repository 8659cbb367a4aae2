package dev.tollgate.web;

import dev.tollgate.RejectionReason;
import dev.tollgate.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision about one request: {@link SignedIn}, {@link SignedOut} or {@link Unavailable}. Exactly these
 * three records implement it, so a caller can test them exhaustively with {@code instanceof} patterns:
 *
 * <pre>{@code
 * if (result instanceof AuthResult.SignedIn signedIn) {
 *   Session session = signedIn.session();
 * } else if (result instanceof AuthResult.SignedOut signedOut) {
 *   String code = signedOut.reason().code();  // for example "token-expired"
 * }
 * }</pre>
 *
 * <p>All three are immutable and thread-safe, and their {@code toString()} never contains the token.
 */
public sealed interface AuthResult permits AuthResult.SignedIn, AuthResult.SignedOut, AuthResult.Unavailable {

  /**
   * Which of the three outcomes this is.
   *
   * @return the status
   */
  AuthStatus status();

  /**
   * A valid, active session token (or a pending one when the verifier accepts pending sessions).
   *
   * @param session the verified session; not {@code null}
   */
  record SignedIn(Session session) implements AuthResult {

    /**
     * Creates a signed-in result.
     *
     * @throws NullPointerException if {@code session} is {@code null}
     */
    public SignedIn {
      Objects.requireNonNull(session, "session");
    }

    /** @return {@link AuthStatus#SIGNED_IN} */
    @Override
    public AuthStatus status() {
      return AuthStatus.SIGNED_IN;
    }

    @Override
    public String toString() {
      return "SignedIn[" + session + "]";
    }
  }

  /**
   * No acceptable session: no token was sent, the token was rejected, or the request was malformed.
   *
   * <p>{@link #reason()} says why; its {@link RejectionReason#code() code()} is the stable wire code of the
   * filter's problem body and debug header, for example {@code session-token-missing} or
   * {@code token-expired}. {@link #message()} is safe to show to the client. {@link #error()}, the RFC 6750
   * error, follows from the reason.
   *
   * @param reason why the request is signed out; not {@code null}
   * @param message a message safe to show to the client; it never contains a token, a key or a secret; not
   *     {@code null}
   */
  record SignedOut(RejectionReason reason, String message) implements AuthResult {

    /**
     * Creates a signed-out result, also for adapters that refuse a request before authenticating it (for
     * example a handler reached without the filter having run).
     *
     * @param reason why the request is signed out
     * @param message a message safe to show to the client; must not contain a token or a secret
     * @throws NullPointerException if an argument is {@code null}
     */
    public SignedOut {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    /**
     * The answer when a request carries no session token at all.
     *
     * @return {@link RejectionReason#SESSION_TOKEN_MISSING} with a fixed message
     */
    public static SignedOut sessionTokenMissing() {
      return new SignedOut(RejectionReason.SESSION_TOKEN_MISSING, "No session token was sent.");
    }

    /** @return {@link AuthStatus#SIGNED_OUT} */
    @Override
    public AuthStatus status() {
      return AuthStatus.SIGNED_OUT;
    }

    /**
     * The RFC 6750 error of the reason: none when no token was sent at all (RFC 6750 §3.1: then the challenge
     * carries no error), {@link BearerError#INVALID_REQUEST} for a malformed {@code Authorization} header,
     * {@link BearerError#INVALID_TOKEN} for a token that is not acceptable.
     *
     * @return the error, or empty for {@link RejectionReason#SESSION_TOKEN_MISSING}
     */
    public Optional<BearerError> error() {
      return switch (reason) {
        case SESSION_TOKEN_MISSING -> Optional.empty();
        case AUTHORIZATION_HEADER_DUPLICATED, AUTHORIZATION_HEADER_MALFORMED ->
            Optional.of(BearerError.INVALID_REQUEST);
        case TOKEN_EXPIRED, TOKEN_NOT_ACTIVE_YET, TOKEN_IAT_IN_THE_FUTURE, TOKEN_INVALID, TOKEN_INVALID_ALGORITHM,
            TOKEN_INVALID_SIGNATURE, TOKEN_INVALID_AUTHORIZED_PARTIES, TOKEN_VERIFICATION_FAILED, JWK_KID_MISMATCH,
            TOKEN_INVALID_ISSUER, TOKEN_INVALID_AUDIENCE, TOKEN_TYPE_MISMATCH, TOKEN_UNSUPPORTED_CRITICAL_HEADER,
            TOKEN_TOO_LARGE, JWK_UNUSABLE, SESSION_PENDING -> Optional.of(BearerError.INVALID_TOKEN);
      };
    }

    /**
     * The status a resource server that requires a session answers: 400 for {@code invalid_request}, else 401.
     *
     * @return 400 or 401
     */
    public int httpStatus() {
      return error().map(BearerError::httpStatus).orElse(401);
    }

    @Override
    public String toString() {
      return "SignedOut[reason=" + reason.code() + ", error=" + error().map(BearerError::code).orElse("none") + "]";
    }
  }

  /**
   * The token could not be checked because the signing keys could not be obtained: answer 503 with
   * {@code Retry-After}, never 401 and never access.
   *
   * @param retryAfter when a retry is worth it, from {@link dev.tollgate.KeysUnavailableException#retryAfter()};
   *     non-negative, not {@code null}
   * @param message what failed, for the server's logs (for example an HTTP status of the key endpoint). It names
   *     no secret, but it describes the server's infrastructure, so {@link ErrorResponse} does not send it to
   *     clients, and {@link #toString()} leaves it out; not {@code null}
   */
  record Unavailable(Duration retryAfter, String message) implements AuthResult {

    /**
     * The wire code of this outcome in the filter's problem body and debug header: {@value}. It is not a
     * {@link RejectionReason}: unavailable keys are never a rejection.
     */
    public static final String REASON_KEYS_UNAVAILABLE = "keys-unavailable";

    /**
     * Creates an unavailable result.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public Unavailable {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(message, "message");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
    }

    /** @return {@link AuthStatus#UNAVAILABLE} */
    @Override
    public AuthStatus status() {
      return AuthStatus.UNAVAILABLE;
    }

    @Override
    public String toString() {
      return "Unavailable[retryAfter=" + retryAfter + "]";
    }
  }
}
