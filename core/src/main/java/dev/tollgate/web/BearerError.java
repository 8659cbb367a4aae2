package dev.tollgate.web;

/**
 * The error codes of RFC 6750 §3.1, each with the HTTP status the RFC assigns to it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
 */
public enum BearerError {

  /** The request is malformed: for example two {@code Authorization} headers, or not a Bearer credential. 400. */
  INVALID_REQUEST("invalid_request", 400),

  /** The token is expired, revoked, malformed or otherwise not acceptable. 401. */
  INVALID_TOKEN("invalid_token", 401),

  /** The token is good but does not grant what the resource needs (a role, a permission). 403. */
  INSUFFICIENT_SCOPE("insufficient_scope", 403);

  private final String code;
  private final int httpStatus;

  BearerError(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /**
   * The code as written in the {@code error} attribute of {@code WWW-Authenticate}.
   *
   * @return for example {@code "invalid_token"}
   */
  public String code() {
    return code;
  }

  /**
   * The HTTP status RFC 6750 gives this error.
   *
   * @return 400, 401 or 403
   */
  public int httpStatus() {
    return httpStatus;
  }
}
