package dev.tollgate;

/**
 * Why a token or a request was refused: the one vocabulary of refusal codes, for
 * {@link TokenVerificationException#reason()} and for a signed-out request
 * ({@link dev.tollgate.web.AuthResult.SignedOut#reason()}). Each value carries a stable, lower-case
 * {@linkplain #code() code}, the wire code of the filter's problem body and debug header: Clerk's own reason
 * code where Clerk's JavaScript SDK ({@code @clerk/backend}) has one, and a Tollgate code in the same style
 * where it does not.
 *
 * <p>Two kinds of reason share this type. The token reasons (all but the last three) mean "the token is not
 * acceptable" (an HTTP 401 for a resource server, RFC 6750 {@code invalid_token}); only they are thrown by a
 * {@link SessionVerifier}. The request reasons ({@link #SESSION_TOKEN_MISSING},
 * {@link #AUTHORIZATION_HEADER_DUPLICATED}, {@link #AUTHORIZATION_HEADER_MALFORMED}) are decided by
 * {@link dev.tollgate.web.RequestAuthenticator} before any token is verified.
 *
 * <p>Keys that cannot be loaded are never a rejection; they are a {@link KeysUnavailableException}.
 */
public enum RejectionReason {

  /** {@code exp} is at or before now minus the clock skew. Clerk: {@code token-expired}. */
  TOKEN_EXPIRED("token-expired"),

  /** {@code nbf} is after now plus the clock skew. Clerk: {@code token-not-active-yet}. */
  TOKEN_NOT_ACTIVE_YET("token-not-active-yet"),

  /** {@code iat} is after now plus the clock skew. Clerk: {@code token-iat-in-the-future}. */
  TOKEN_IAT_IN_THE_FUTURE("token-iat-in-the-future"),

  /**
   * The token is not a well-formed JWS in compact form: segment count, base64url, UTF-8 or JSON syntax,
   * duplicate member names, nesting depth, an unexpected {@code typ}. Clerk: {@code token-invalid}.
   */
  TOKEN_INVALID("token-invalid"),

  /** The header {@code alg} is not in the verifier's allow-list. Clerk: {@code token-invalid-algorithm}. */
  TOKEN_INVALID_ALGORITHM("token-invalid-algorithm"),

  /** The signature does not verify with the key named by the token. Clerk: {@code token-invalid-signature}. */
  TOKEN_INVALID_SIGNATURE("token-invalid-signature"),

  /**
   * Authorized parties are configured and {@code azp} is missing or not one of them.
   * Clerk: {@code token-invalid-authorized-parties}.
   */
  TOKEN_INVALID_AUTHORIZED_PARTIES("token-invalid-authorized-parties"),

  /**
   * A required claim is missing or has the wrong type ({@code sub}, {@code sid}, {@code exp}), or a time
   * claim is out of range. Clerk: {@code token-verification-failed}.
   */
  TOKEN_VERIFICATION_FAILED("token-verification-failed"),

  /** No signing key in the key set has the token's {@code kid}. Clerk: {@code jwk-kid-mismatch}. */
  JWK_KID_MISMATCH("jwk-kid-mismatch"),

  /** An issuer is configured or derived and {@code iss} is not exactly it. Tollgate code. */
  TOKEN_INVALID_ISSUER("token-invalid-issuer"),

  /** An audience is configured and {@code aud} does not contain any of it. Tollgate code. */
  TOKEN_INVALID_AUDIENCE("token-invalid-audience"),

  /**
   * The token is a Clerk token of another class: a JWT-template or machine token presented where a session
   * token is expected (header {@code cat}, {@code typ: at+jwt}, a machine subject). Clerk uses the same code
   * at request level: {@code token-type-mismatch}.
   */
  TOKEN_TYPE_MISMATCH("token-type-mismatch"),

  /** The header lists {@code crit} extensions; this verifier understands none. Tollgate code. */
  TOKEN_UNSUPPORTED_CRITICAL_HEADER("token-unsupported-critical-header"),

  /** The token text is longer than the verifier's maximum, checked before any decoding. Tollgate code. */
  TOKEN_TOO_LARGE("token-too-large"),

  /**
   * The key named by the token exists but may not be used: not RSA, shorter than 2048 bits, a weak public
   * exponent, a {@code use}, {@code key_ops} or {@code alg} that forbids this verification. Tollgate code.
   */
  JWK_UNUSABLE("jwk-unusable"),

  /**
   * The session is pending ({@code sts: pending}: the user has a task to finish, for example choosing an
   * organization) and the verifier does not accept pending sessions (see
   * {@link SessionVerifierBuilder#acceptPending(boolean)}). Clerk treats such a session as signed out by
   * default; Tollgate code.
   */
  SESSION_PENDING("session-pending"),

  /**
   * Request reason: no {@code Authorization} header and no session cookie (no RFC 6750 error, 401).
   * Clerk: {@code session-token-missing}.
   */
  SESSION_TOKEN_MISSING("session-token-missing"),

  /**
   * Request reason: more than one {@code Authorization} header field ({@code invalid_request}, 400). Tollgate
   * code.
   */
  AUTHORIZATION_HEADER_DUPLICATED("authorization-header-duplicated"),

  /**
   * Request reason: the {@code Authorization} header is empty, not Bearer, or not token68 syntax
   * ({@code invalid_request}, 400). Tollgate code.
   */
  AUTHORIZATION_HEADER_MALFORMED("authorization-header-malformed");

  private final String code;

  RejectionReason(String code) {
    this.code = code;
  }

  /**
   * The stable wire code of this reason, for example {@code "token-expired"}.
   *
   * @return the code, never {@code null}
   */
  public String code() {
    return code;
  }
}
