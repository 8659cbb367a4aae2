package dev.tollgate.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Clerk-shaped session tokens signed with test keys. Defaults: RS256, kid {@value #KID}, typ JWT, the session
 * category, and the registered claims of a Clerk token issued at {@link #NOW} (exp = iat + 60,
 * nbf = iat - 10). Every part can be overridden or removed, and raw JSON can be signed for attack cases.
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

  private TestTokens() {}

  /** @return a builder for a valid token signed with {@link TestKeys#PRIMARY} */
  public static Builder token() {
    return new Builder();
  }

  public static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String base64Url(String text) {
    return base64Url(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Signs raw header and payload bytes: the signing input is exactly their base64url forms. */
  public static String signRaw(byte[] header, byte[] payload, PrivateKey key, String jcaAlgorithm) {
    String signingInput = base64Url(header) + "." + base64Url(payload);
    return signingInput + "." + base64Url(sign(signingInput, key, jcaAlgorithm));
  }

  public static String signRaw(String headerJson, String payloadJson, PrivateKey key) {
    return signRaw(headerJson.getBytes(StandardCharsets.UTF_8), payloadJson.getBytes(StandardCharsets.UTF_8), key,
        "SHA256withRSA");
  }

  public static byte[] sign(String signingInput, PrivateKey key, String jcaAlgorithm) {
    try {
      Signature signature = Signature.getInstance(jcaAlgorithm);
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A mutable token description; {@link #build()} renders and signs it. */
  public static final class Builder {
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private PrivateKey key = TestKeys.privateKey(TestKeys.PRIMARY);
    private String jcaAlgorithm = "SHA256withRSA";

    private Builder() {
      header.put("alg", "RS256");
      header.put("cat", "cl_B7d4PD111AAA");
      header.put("kid", KID);
      header.put("typ", "JWT");
      issuedAt(NOW);
      claims.put("azp", PARTY);
      claims.put("iss", ISSUER);
      claims.put("sid", SESSION_ID);
      claims.put("sub", USER_ID);
    }

    /** Sets iat, nbf = iat - 10 s and exp = iat + 60 s, as Clerk does. */
    public Builder issuedAt(Instant issuedAt) {
      long iat = issuedAt.getEpochSecond();
      claims.put("exp", iat + 60);
      claims.put("iat", iat);
      claims.put("nbf", iat - 10);
      return this;
    }

    public Builder header(String name, Object value) {
      header.put(name, value);
      return this;
    }

    public Builder withoutHeader(String name) {
      header.remove(name);
      return this;
    }

    public Builder kid(String kid) {
      return header("kid", kid);
    }

    public Builder claim(String name, Object value) {
      claims.put(name, value);
      return this;
    }

    /** A v1 active organization ({@code org_id}, {@code org_slug}) in which the user has this role. */
    public Builder orgRole(String role) {
      claims.put("org_id", "org_2test");
      claims.put("org_slug", "test-org");
      claims.put("org_role", role);
      claims.put("org_permissions", java.util.List.of());
      return this;
    }

    public Builder without(String name) {
      claims.remove(name);
      return this;
    }

    public Builder signedWith(KeyPair pair) {
      this.key = pair.getPrivate();
      return this;
    }

    public Builder signedWith(PrivateKey privateKey) {
      this.key = privateKey;
      return this;
    }

    /** Signs with another RSA digest, e.g. {@code SHA512withRSA} for an RS512 header. */
    public Builder jcaAlgorithm(String jcaAlgorithm) {
      this.jcaAlgorithm = jcaAlgorithm;
      return this;
    }

    public Map<String, Object> claims() {
      return claims;
    }

    public String build() {
      return signRaw(Json.write(header).getBytes(StandardCharsets.UTF_8),
          Json.write(claims).getBytes(StandardCharsets.UTF_8), key, jcaAlgorithm);
    }
  }
}
