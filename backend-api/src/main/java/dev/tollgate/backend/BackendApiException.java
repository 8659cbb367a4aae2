package dev.tollgate.backend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A Backend API call failed. {@link #kind()} says how, so callers branch on the type of failure rather than on
 * the message: the secret key was rejected ({@link ErrorKind#UNAUTHORIZED}), the session does not exist
 * ({@link ErrorKind#NOT_FOUND}), Clerk refused the parameters ({@link ErrorKind#UNPROCESSABLE}), Clerk was busy or down
 * ({@link ErrorKind#RATE_LIMITED}, {@link ErrorKind#SERVER_ERROR}), the network failed ({@link ErrorKind#TIMEOUT},
 * {@link ErrorKind#CONNECTION_FAILED}), or the answer was unusable ({@link ErrorKind#INVALID_RESPONSE}).
 *
 * <p>When Clerk answered with its error body ({@code {"errors": [{"message", "long_message", "code"}],
 * "clerk_trace_id"}}) the entries are in {@link #errors()} and the trace id, for Clerk's support, in
 * {@link #traceId()}. The message never contains the secret key, a token or a response body.
 */
public final class BackendApiException extends Exception {

  private static final long serialVersionUID = 1L;

  /** How a call failed. */
  public enum ErrorKind {
    /** 400: the request was malformed. */
    BAD_REQUEST,
    /** 401: the Backend API rejected the secret key; check {@code CLERK_SECRET_KEY}. */
    UNAUTHORIZED,
    /** 403: the secret key may not do this. */
    FORBIDDEN,
    /** 404: no such session (or template). */
    NOT_FOUND,
    /** 422: Clerk refused the parameters, for example revoking a session that already ended. */
    UNPROCESSABLE,
    /** 429: too many requests; see {@link #retryAfter()}. */
    RATE_LIMITED,
    /** Another 4xx status. */
    CLIENT_ERROR,
    /** A 5xx status. */
    SERVER_ERROR,
    /** A status outside 2xx, 4xx and 5xx, for example a redirect (redirects are not followed). */
    UNEXPECTED_STATUS,
    /** No (complete) answer within the request timeout, or the connection could not be made in time. */
    TIMEOUT,
    /** The connection failed. */
    CONNECTION_FAILED,
    /** A success status with a body that is not what the API documents, or is too large. */
    INVALID_RESPONSE,
    /** The calling thread was interrupted; its interrupt flag is set again. */
    INTERRUPTED;

    /**
     * Whether trying again later may succeed.
     *
     * @return {@code true} for {@link #RATE_LIMITED}, {@link #SERVER_ERROR}, {@link #TIMEOUT} and
     *     {@link #CONNECTION_FAILED}
     */
    public boolean isTransient() {
      return this == RATE_LIMITED || this == SERVER_ERROR || this == TIMEOUT || this == CONNECTION_FAILED;
    }
  }

  /** How the call failed. */
  private final ErrorKind kind;
  /** The HTTP status of the last answer, 0 if none. */
  private final int status;
  /** Clerk's error entries (an unmodifiable, serializable list). */
  private final List<ClerkError> errors;
  /** Clerk's trace id, or {@code null}. */
  private final @Nullable String traceId;
  /** The server's {@code Retry-After}, or {@code null}. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception without HTTP details, for example in tests of code that handles it.
   *
   * @param kind how the call failed
   * @param message what failed; must not contain secrets
   */
  public BackendApiException(ErrorKind kind, String message) {
    this(kind, message, 0, List.of(), null, null, null);
  }

  BackendApiException(ErrorKind kind, String message, int status, List<ClerkError> errors, @Nullable String traceId,
      @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = status;
    this.errors = List.copyOf(errors);
    this.traceId = traceId;
    this.retryAfter = retryAfter;
  }

  /** A copy with another message and cause, the same kind and HTTP details. */
  BackendApiException copy(String message, @Nullable Throwable cause) {
    return new BackendApiException(kind, message, status, errors, traceId, retryAfter, cause);
  }

  /** @return how the call failed */
  public ErrorKind kind() {
    return kind;
  }

  /** @return the HTTP status of the last answer; empty when there was none (timeout, connection failure) */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** @return the entries of Clerk's error body; empty when the answer had none */
  public List<ClerkError> errors() {
    return errors;
  }

  /** @return the codes of {@link #errors()}, in order, for example {@code ["resource_not_found"]} */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(errors.size());
    for (ClerkError error : errors) {
      codes.add(error.code());
    }
    return List.copyOf(codes);
  }

  /** @return Clerk's trace id ({@code clerk_trace_id}) for support requests */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * How long Clerk asked to wait ({@code Retry-After}, delay-seconds or HTTP-date) before the next call, when its
   * last answer said so: typically with a 429 or a 503 whose wait was longer than the retries of this call could
   * afford. A gateway can pass it on as its own {@code Retry-After}.
   *
   * @return the wait, zero or positive
   * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
