package dev.tollgate.test.tokens;

/**
 * The token categories Clerk writes in the JWS header's {@code cat} parameter. A session verifier accepts only
 * {@link #SESSION} (or no {@code cat}); the others are what a token-class confusion test sends.
 */
public enum TokenCategory {
  /** A session token, the one {@code getToken()} returns: {@code cl_B7d4PD111AAA}. */
  SESSION("cl_B7d4PD111AAA"),
  /** A token minted from a JWT template ({@code getToken({template})}): {@code cl_B7d4PD222AAA}. */
  JWT_TEMPLATE("cl_B7d4PD222AAA"),
  /** A machine-to-machine token: {@code cl_B7d4PD333AAA}. */
  MACHINE("cl_B7d4PD333AAA");

  private final String headerValue;

  TokenCategory(String headerValue) {
    this.headerValue = headerValue;
  }

  /** @return the {@code cat} header value */
  public String headerValue() {
    return headerValue;
  }
}
