package dev.tollgate.examples.issuer;

import java.time.Instant;
import java.util.Objects;

/**
 * A token the local issuer minted, with its decoded parts for display.
 *
 * @param token the compact JWS; a credential, even a local one: do not log it in real systems
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

  @Override
  public String toString() {
    return "MintedToken[expiresAt=" + expiresAt + ", claims=" + claims + "]";
  }
}
