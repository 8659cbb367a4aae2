package dev.tollgate.web;

import dev.tollgate.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision about one request: {@link SignedIn}, {@link SignedOut} or {@link Unavailable}. Exactly these
 * three classes implement it, so a caller can test them exhaustively with {@code instanceof}.
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
   * The verified session when signed in.
   *
   * @return the session, or empty when signed out or unavailable
   */
  Optional<Session> session();

  /** A valid, active session token (or a pending one when the verifier accepts pending sessions). */
  final class SignedIn implements AuthResult {

    private final Session session;

    SignedIn(Session session) {
      this.session = Objects.requireNonNull(session, "session");
    }

    /** @return {@link AuthStatus#SIGNED_IN} */
    @Override
    public AuthStatus status() {
      return AuthStatus.SIGNED_IN;
    }

    /** @return the verified session, always present */
    @Override
    public Optional<Session> session() {
      return Optional.of(session);
    }

    @Override
    public String toString() {
      return "SignedIn[" + session + "]";
    }
  }

  /**
   * No acceptable session: no token was sent, the token was rejected, or the request was malformed.
   *
   * <p>{@link #reason()} is a stable code: one of the {@code REASON_*} constants, or a verifier rejection code
   * from {@link dev.tollgate.RejectionReason#code()} such as {@code token-expired} or {@code session-pending}.
   * {@link #message()} is safe to show to the client. {@link #error()} is the RFC 6750 error, empty when no token
   * was sent at all (RFC 6750 §3.1: then the challenge carries no error).
   */
  final class SignedOut implements AuthResult {

    /** No {@code Authorization} header and no session cookie: {@value}. */
    public static final String REASON_SESSION_TOKEN_MISSING = "session-token-missing";

    /** More than one {@code Authorization} header field: {@value}. */
    public static final String REASON_AUTHORIZATION_DUPLICATED = "authorization-header-duplicated";

    /** The {@code Authorization} header is empty, not Bearer, or not token68 syntax: {@value}. */
    public static final String REASON_AUTHORIZATION_MALFORMED = "authorization-header-malformed";

    /** A machine or JWT-template token where a session token belongs (Clerk's code): {@value}. */
    public static final String REASON_TOKEN_TYPE_MISMATCH = "token-type-mismatch";

    private final String reason;
    private final String message;
    private final @Nullable BearerError error;

    /**
     * Creates a signed-out result, for adapters that refuse a request before authenticating it (for example a
     * handler reached without the filter having run).
     *
     * @param reason a stable lower-case code, for example {@link #REASON_SESSION_TOKEN_MISSING}
     * @param message a message safe to show to the client; must not contain a token or a secret
     * @param error the RFC 6750 error, or {@code null} when the request carried no token
     */
    public SignedOut(String reason, String message, @Nullable BearerError error) {
      this.reason = Objects.requireNonNull(reason, "reason");
      this.message = Objects.requireNonNull(message, "message");
      this.error = error;
    }

    /** @return {@link AuthStatus#SIGNED_OUT} */
    @Override
    public AuthStatus status() {
      return AuthStatus.SIGNED_OUT;
    }

    /** @return always empty */
    @Override
    public Optional<Session> session() {
      return Optional.empty();
    }

    /**
     * Why the request is signed out.
     *
     * @return a stable lower-case code, for example {@code "session-token-missing"} or {@code "token-expired"}
     */
    public String reason() {
      return reason;
    }

    /**
     * A message safe to show to the client: it never contains the token, a key or a secret.
     *
     * @return the message
     */
    public String message() {
      return message;
    }

    /**
     * The RFC 6750 error: {@link BearerError#INVALID_REQUEST} for a malformed request,
     * {@link BearerError#INVALID_TOKEN} for a token that is not acceptable.
     *
     * @return the error, or empty when the request carried no token at all
     */
    public Optional<BearerError> error() {
      return Optional.ofNullable(error);
    }

    /**
     * The status a resource server that requires a session answers: 400 for {@code invalid_request}, else 401.
     *
     * @return 400 or 401
     */
    public int httpStatus() {
      return error == BearerError.INVALID_REQUEST ? 400 : 401;
    }

    @Override
    public String toString() {
      return "SignedOut[reason=" + reason + ", error=" + (error == null ? "none" : error.code()) + "]";
    }
  }

  /**
   * The token could not be checked because the signing keys could not be obtained: answer 503 with
   * {@code Retry-After}, never 401 and never access.
   */
  final class Unavailable implements AuthResult {

    /** The reason code used for this outcome in logs and debug headers: {@value}. */
    public static final String REASON_KEYS_UNAVAILABLE = "keys-unavailable";

    private final Duration retryAfter;
    private final String message;

    Unavailable(Duration retryAfter, String message) {
      this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
      this.message = Objects.requireNonNull(message, "message");
    }

    /** @return {@link AuthStatus#UNAVAILABLE} */
    @Override
    public AuthStatus status() {
      return AuthStatus.UNAVAILABLE;
    }

    /** @return always empty */
    @Override
    public Optional<Session> session() {
      return Optional.empty();
    }

    /**
     * When a retry is worth it, from {@link dev.tollgate.KeysUnavailableException#retryAfter()}.
     *
     * @return a non-negative duration
     */
    public Duration retryAfter() {
      return retryAfter;
    }

    /**
     * What failed, for the server's logs (for example an HTTP status of the key endpoint). It names no secret,
     * but it describes the server's infrastructure, so {@link ErrorResponse} does not send it to clients.
     *
     * @return the message
     */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return "Unavailable[retryAfter=" + retryAfter + "]";
    }
  }
}
