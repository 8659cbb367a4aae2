package dev.tollgate.test.tokens;

import java.time.Instant;
import java.util.Objects;

/**
 * A token a {@link TokenSpec} minted, with its decoded parts (for display and for assertions on the wire form).
 *
 * @param token the compact JWS
 * @param header the protected header as JSON
 * @param claims the payload as JSON
 * @param expiresAt the {@code exp} instant
 */
public record MintedToken(String token, String header, String claims, Instant expiresAt) {

  /** Checks that no component is {@code null}. */
  public MintedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** @return the expiry and claims; the token itself is left out, as credentials should be */
  @Override
  public String toString() {
    return "MintedToken[expiresAt=" + expiresAt + ", claims=" + claims + "]";
  }
}
