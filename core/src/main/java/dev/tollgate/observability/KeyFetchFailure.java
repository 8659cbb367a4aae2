package dev.tollgate.observability;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why fetching or loading a key set failed. The message names the kind of failure and, for HTTP errors, the
 * status; it never contains a secret key, a token or the response body. Immutable and thread-safe.
 */
public final class KeyFetchFailure {

  /** The kinds of key-set failure. */
  public enum Kind {
    /** The endpoint could not be reached (connection refused, DNS, TLS). */
    CONNECTION_FAILED,
    /** The endpoint did not answer within the fetch timeout. */
    TIMEOUT,
    /** The endpoint answered with a status other than 2xx (other than 401/403). */
    HTTP_ERROR,
    /** The Backend API answered 401 or 403: the secret key is wrong or revoked. */
    UNAUTHORIZED,
    /** The body was larger than the response cap. */
    RESPONSE_TOO_LARGE,
    /** The body was not a JSON Web Key Set (HTML error page, truncated JSON, no {@code keys} array). */
    MALFORMED,
    /** The key set had more keys than the cap. */
    TOO_MANY_KEYS,
    /** The key set had no key this verifier may use. */
    NO_USABLE_KEYS,
    /** The verifier was closed. */
    CLOSED
  }

  private final Kind kind;
  private final String message;
  private final int httpStatus;

  /**
   * Creates a failure description.
   *
   * @param kind the kind of failure
   * @param message a description safe to log: no secret, no token, no response body
   * @param httpStatus the HTTP status for {@link Kind#HTTP_ERROR} and {@link Kind#UNAUTHORIZED}, else 0
   */
  public KeyFetchFailure(Kind kind, String message, int httpStatus) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.httpStatus = httpStatus;
  }

  /** @return the kind of failure */
  public Kind kind() {
    return kind;
  }

  /** @return a description safe to log */
  public String message() {
    return message;
  }

  /** @return the HTTP status the endpoint answered with, when the failure is about one */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
