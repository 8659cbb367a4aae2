package dev.tollgate.web;

/** The three outcomes of {@link RequestAuthenticator#authenticate(RequestCredentials)}. */
public enum AuthStatus {

  /** A valid session token was presented: {@link AuthResult.SignedIn}. */
  SIGNED_IN("signed-in"),

  /** No token, or one that is not acceptable, or a malformed request: {@link AuthResult.SignedOut}. */
  SIGNED_OUT("signed-out"),

  /** The token could not be checked because the signing keys are unavailable: {@link AuthResult.Unavailable}. */
  UNAVAILABLE("unavailable");

  private final String code;

  AuthStatus(String code) {
    this.code = code;
  }

  /**
   * A lower-case code for logs and debug headers.
   *
   * @return {@code "signed-in"}, {@code "signed-out"} or {@code "unavailable"}
   */
  public String code() {
    return code;
  }
}
