package dev.tollgate.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs Clerk-shaped RS256 session tokens: header {@code alg}, {@code cat} (session category), {@code kid},
 * {@code typ}; claims {@code act}, {@code azp}, {@code exp}, {@code fva}, {@code iat}, {@code iss},
 * {@code nbf}, {@code org_id}, {@code org_permissions}, {@code org_role}, {@code org_slug}, {@code sid},
 * {@code sub} (Clerk's v1 claims with an active organization and an impersonating actor). Each token gets its
 * own random user and session id, so no two minted tokens are equal. Not thread-safe.
 */
public final class TokenMinter {

  /** The {@code kid} in every header, and the JWK's {@code kid} in the loopback JWKS. */
  public static final String KID = "ins_2bench0rsa2048key";
  /** The {@code iss} of every token. */
  public static final String ISSUER = "https://clerk.bench.example";
  /** The {@code azp} of every token. */
  public static final String AUTHORIZED_PARTY = "https://app.bench.example";

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey privateKey;
  private final SecureRandom random;
  private final String header;

  /**
   * @param privateKey the RSA key that signs
   * @param random the source of user and session ids
   */
  public TokenMinter(PrivateKey privateKey, SecureRandom random) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.random = Objects.requireNonNull(random, "random");
    this.header = encode("{\"alg\":\"RS256\",\"cat\":\"cl_B7d4PD111AAA\",\"kid\":\"" + KID + "\",\"typ\":\"JWT\"}");
  }

  /** @return a new 2048-bit RSA key pair, the size Clerk signs with */
  public static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Mints one token issued at {@code issuedAt}: {@code nbf} is ten seconds earlier, as Clerk sets it, and
   * {@code exp} is {@code issuedAt + lifetime}.
   *
   * @return the compact JWS
   */
  public String mint(Instant issuedAt, Duration lifetime) {
    long iat = issuedAt.getEpochSecond();
    String userId = "user_2" + randomId(26);
    String payload = "{\"act\":{\"iss\":\"https://dashboard.clerk.com\",\"sid\":\"sess_2" + randomId(26)
        + "\",\"sub\":\"user_2" + randomId(26) + "\"}"
        + ",\"azp\":\"" + AUTHORIZED_PARTY + "\""
        + ",\"exp\":" + (iat + lifetime.toSeconds())
        + ",\"fva\":[3,-1]"
        + ",\"iat\":" + iat
        + ",\"iss\":\"" + ISSUER + "\""
        + ",\"nbf\":" + (iat - 10)
        + ",\"org_id\":\"org_2" + randomId(26) + "\""
        + ",\"org_permissions\":[\"org:invoices:read\",\"org:invoices:create\",\"org:members:read\"]"
        + ",\"org_role\":\"org:admin\""
        + ",\"org_slug\":\"acme-corp\""
        + ",\"sid\":\"sess_2" + randomId(26) + "\""
        + ",\"sub\":\"" + userId + "\"}";
    String signingInput = header + "." + encode(payload);
    return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
  }

  private byte[] sign(String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private String randomId(int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
