package dev.tollgate.benchmarks;

import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs Clerk-shaped RS256 session tokens with the test kit's {@link TokenSpec}: header {@code alg}, {@code cat}
 * (session category), {@code kid}, {@code typ}; claims {@code act}, {@code azp}, {@code exp}, {@code fva},
 * {@code iat}, {@code iss}, {@code nbf}, {@code org_id}, {@code org_permissions}, {@code org_role},
 * {@code org_slug}, {@code sid}, {@code sub} (Clerk's v1 claims with an active organization and an impersonating
 * actor), in alphabetical order as Clerk writes them. Each token gets its own random user, session, actor and
 * organization ids, so no two minted tokens are equal. The kit's {@code jti} is left out, so the tokens keep the
 * claims (and the size) every contender has always been measured on. Not thread-safe.
 */
public final class TokenMinter {

  /** The {@code kid} in every header, and the JWK's {@code kid} in the loopback JWKS. */
  public static final String KID = "ins_2bench0rsa2048key";
  /** The {@code iss} of every token. */
  public static final String ISSUER = "https://clerk.bench.example";
  /** The {@code azp} of every token. */
  public static final String AUTHORIZED_PARTY = "https://app.bench.example";

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final TokenSpec base;
  private final SecureRandom random;

  /**
   * @param key the RSA key that signs; its key id should be {@link #KID}
   * @param random the source of user and session ids
   */
  public TokenMinter(SigningKey key, SecureRandom random) {
    this.base = TokenSpec.session(key, ISSUER, Clock.systemUTC()).claimsVersion(1)
        .authorizedParty(AUTHORIZED_PARTY).factorAges(3, -1).orgRole("admin")
        .permissions("org:invoices:read", "org:invoices:create", "org:members:read").withoutClaim("jti");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** @return a new 2048-bit RSA key, the size Clerk signs with, with the key id {@link #KID} */
  public static SigningKey generateKey() {
    return SigningKey.generate(KID);
  }

  /**
   * Mints one token issued at {@code issuedAt}: {@code nbf} is ten seconds earlier, as Clerk sets it, and
   * {@code exp} is {@code issuedAt + lifetime}.
   *
   * @return the compact JWS
   */
  public String mint(Instant issuedAt, Duration lifetime) {
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("iss", TokenSpec.ACTOR_ISSUER);
    actor.put("sid", "sess_2" + randomId(26));
    actor.put("sub", "user_2" + randomId(26));
    return base.userId("user_2" + randomId(26)).sessionId("sess_2" + randomId(26))
        .organization("org_2" + randomId(26), "acme-corp").claim("act", actor)
        .issuedAt(issuedAt).lifetime(lifetime).sign();
  }

  private String randomId(int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
