package dev.tollgate.testing;

import dev.tollgate.test.tokens.RawJws;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

/**
 * Clerk-shaped session tokens signed with test keys, minted by the test kit's {@link TokenSpec}. Defaults: RS256,
 * kid {@value #KID}, typ JWT, the session category, and the claims of a version 1 Clerk token issued at
 * {@link #NOW} (exp = iat + 60, nbf = iat - 10, azp, iss, sid, sub; no v, jti, fva or sts unless a test sets them).
 * Every part can be overridden or removed, and raw JSON can be signed for attack cases ({@link RawJws}).
 */
public final class TestTokens {

  /** The default time tokens are issued at. */
  public static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
  public static final String KID = "ins_test_primary";
  public static final String ISSUER = "https://clerk.example.com";
  public static final String PARTY = "https://app.example.com";
  public static final String SESSION_ID = "sess_2test";
  public static final String USER_ID = "user_2test";
  /** A publishable key for the host of {@link #ISSUER}: {@code pk_test_} + base64("clerk.example.com$"). */
  public static final String PUBLISHABLE_KEY = "pk_test_"
      + Base64.getEncoder().encodeToString("clerk.example.com$".getBytes(StandardCharsets.US_ASCII));

  /**
   * The spec every builder starts from. The header's alg is set explicitly so that {@link Builder#jcaAlgorithm}
   * changes the signature only, and the registered claims are exactly those of a version 1 token.
   */
  private static final TokenSpec DEFAULT = TokenSpec.session(TestKeys.PRIMARY_KEY, ISSUER,
          Clock.fixed(NOW, ZoneOffset.UTC))
      .header("alg", "RS256")
      .claimsVersion(1)
      .withoutFactorAges()
      .withoutClaim("jti")
      .authorizedParty(PARTY)
      .sessionId(SESSION_ID)
      .userId(USER_ID)
      .issuedAt(NOW);

  private TestTokens() {}

  /** @return a builder for a valid token signed with {@link TestKeys#PRIMARY} */
  public static Builder token() {
    return new Builder();
  }

  public static String base64Url(byte[] bytes) {
    return RawJws.base64Url(bytes);
  }

  public static String base64Url(String text) {
    return RawJws.base64Url(text);
  }

  /** Signs raw header and payload bytes: the signing input is exactly their base64url forms. */
  public static String signRaw(byte[] header, byte[] payload, PrivateKey key, String jcaAlgorithm) {
    return RawJws.sign(header, payload, key, jcaAlgorithm);
  }

  /** Signs raw header and payload JSON, UTF-8 encoded as is, with RS256. */
  public static String signRaw(String headerJson, String payloadJson, PrivateKey key) {
    return RawJws.sign(headerJson, payloadJson, key);
  }

  /** @return the raw signature of a signing input */
  public static byte[] sign(String signingInput, PrivateKey key, String jcaAlgorithm) {
    return RawJws.signature(signingInput, key, jcaAlgorithm);
  }

  /**
   * A mutable token description over an immutable {@link TokenSpec}; {@link #build()} renders and signs it. Each
   * call changes this builder, so a builder reused after {@code signedWith} keeps signing with that key.
   */
  public static final class Builder {
    private TokenSpec spec = DEFAULT;

    private Builder() {}

    /** Sets iat, nbf = iat - 10 s and exp = iat + 60 s, as Clerk does. */
    public Builder issuedAt(Instant issuedAt) {
      spec = spec.issuedAt(issuedAt);
      return this;
    }

    public Builder header(String name, Object value) {
      spec = spec.header(name, value);
      return this;
    }

    public Builder withoutHeader(String name) {
      spec = spec.withoutHeader(name);
      return this;
    }

    /** Names this key id in the header; any string, even one no key has. */
    public Builder kid(String kid) {
      return header("kid", kid);
    }

    public Builder claim(String name, Object value) {
      spec = spec.claim(name, value);
      return this;
    }

    /** A v1 active organization ({@code org_id}, {@code org_slug}) in which the user has this role. */
    public Builder orgRole(String role) {
      spec = spec.organization("org_2test", "test-org").orgRole(role);
      return this;
    }

    public Builder without(String name) {
      spec = spec.withoutClaim(name);
      return this;
    }

    /** Signs with this pair's private key; the header names {@value TestTokens#KID} unless {@link #kid} is set. */
    public Builder signedWith(KeyPair pair) {
      spec = spec.signedBy(SigningKey.of(KID, pair));
      return this;
    }

    /**
     * Signs with another RSA digest, e.g. {@code SHA512withRSA}; the header's alg stays what it was (set it with
     * {@code header("alg", …)}).
     */
    public Builder jcaAlgorithm(String jcaAlgorithm) {
      spec = spec.algorithm(switch (jcaAlgorithm) {
        case RawJws.RS256 -> "RS256";
        case "SHA384withRSA" -> "RS384";
        case "SHA512withRSA" -> "RS512";
        default -> throw new IllegalArgumentException("an RSASSA-PKCS1-v1_5 digest, not " + jcaAlgorithm);
      });
      return this;
    }

    /** @return the claims {@link #build()} signs, in the order it writes them; unmodifiable */
    public Map<String, Object> claims() {
      return spec.claims();
    }

    public String build() {
      return spec.sign();
    }
  }
}
