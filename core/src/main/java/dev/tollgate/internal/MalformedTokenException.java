package dev.tollgate.internal;

/**
 * The token text is not a well-formed compact JWS. The message says which part, never what it contained.
 * Carries no stack trace: malformed input is routine and must stay cheap to reject.
 */
public final class MalformedTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  MalformedTokenException(String message) {
    super(message, null, false, false);
  }
}
