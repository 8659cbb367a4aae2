package dev.tollgate.backend;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A token the Backend API minted for a session ({@code {"object": "token", "jwt": …}}): a session token, or a
 * token from a JWT template. Its expiry is read from the JWT's {@code exp} claim; the signature is not checked,
 * since the token comes from Clerk over TLS in answer to a request authenticated with the secret key.
 *
 * <p>The JWT is a credential: {@link #toString()} never shows it. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4">RFC 7519 §4.1.4 ({@code exp})</a>
 */
public final class Token {

  private final String jwt;
  private final Instant expiresAt;

  Token(String jwt, Instant expiresAt) {
    this.jwt = Objects.requireNonNull(jwt, "jwt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The compact JWT, for an {@code Authorization: Bearer} header of a downstream call. Do not log it.
   *
   * @return the JWT
   */
  public String jwt() {
    return jwt;
  }

  /**
   * When the token expires: its {@code exp} claim. Clerk's session tokens live one minute.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** Tokens are equal when their JWTs are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Token && jwt.equals(((Token) other).jwt);
  }

  @Override
  public int hashCode() {
    return jwt.hashCode();
  }

  /** The expiry only; never the JWT. */
  @Override
  public String toString() {
    return "Token[expiresAt=" + expiresAt + "]";
  }
}
