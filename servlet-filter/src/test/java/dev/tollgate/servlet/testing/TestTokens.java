package dev.tollgate.servlet.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clerk-shaped RS256 session tokens for the filter's tests, signed with an RSA key generated once per JVM, and
 * the JWKS that publishes that key. Defaults: kid {@value #KID}, typ JWT, the session category, iss
 * {@value #ISSUER}, azp {@value #PARTY}, sid/sub {@value #SESSION_ID}/{@value #USER_ID}, and Clerk's times
 * (nbf = iat - 10 s, exp = iat + 60 s) around {@link #NOW}.
 */
public final class TestTokens {

  public static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
  public static final String KID = "ins_filter_test";
  public static final String ISSUER = "https://clerk.example.com";
  public static final String PARTY = "https://app.example.com";
  public static final String SESSION_ID = "sess_filter";
  public static final String USER_ID = "user_filter";
  /** A publishable key for {@code clerk.example.com}: {@code pk_test_} + base64("clerk.example.com$"). */
  public static final String PUBLISHABLE_KEY = "pk_test_"
      + Base64.getEncoder().encodeToString("clerk.example.com$".getBytes(StandardCharsets.US_ASCII));

  private static final KeyPair KEY = generate();

  private TestTokens() {}

  public static Builder token() {
    return new Builder();
  }

  /** The JWKS publishing the signing key under {@link #KID}. */
  public static String jwks() {
    RSAPublicKey key = (RSAPublicKey) KEY.getPublic();
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("use", "sig");
    jwk.put("kty", "RSA");
    jwk.put("kid", KID);
    jwk.put("alg", "RS256");
    jwk.put("n", unsigned(key.getModulus()));
    jwk.put("e", unsigned(key.getPublicExponent()));
    return Json.write(Map.of("keys", List.of(jwk)));
  }

  /** The public key as a PEM block, for {@code jwt-key}/{@code CLERK_JWT_KEY}. */
  public static String publicKeyPem() {
    return pem(KEY.getPublic().getEncoded());
  }

  /** A PEM block of another RSA key than the one tokens are signed with. */
  public static String otherPublicKeyPem() {
    return pem(generate().getPublic().getEncoded());
  }

  private static String pem(byte[] spki) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(spki)
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** A token description; {@link #build()} signs it. */
  public static final class Builder {
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();

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

    public Builder claim(String name, Object value) {
      claims.put(name, value);
      return this;
    }

    /** A v1 active organization with this role. */
    public Builder orgRole(String role) {
      claims.put("org_id", "org_filter");
      claims.put("org_slug", "filter-org");
      claims.put("org_role", role);
      claims.put("org_permissions", List.of());
      return this;
    }

    public String build() {
      String input = base64Url(Json.write(header)) + "." + base64Url(Json.write(claims));
      try {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(KEY.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    byte[] trimmed = new byte[bytes.length - skip];
    System.arraycopy(bytes, skip, trimmed, 0, trimmed.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed);
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
