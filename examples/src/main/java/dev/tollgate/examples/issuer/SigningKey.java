package dev.tollgate.examples.issuer;

import dev.tollgate.examples.support.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The local issuer's RSA-2048 signing key, generated in memory and never written anywhere, with its key id.
 * Signs with RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 §3.3) and publishes the public half as a JWK Set
 * (RFC 7517). Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7518#section-3.3">RFC 7518 §3.3</a>
 */
public final class SigningKey {

  /** Size of the generated modulus: {@value} bits, the size Clerk's keys have. */
  public static final int KEY_SIZE = 2048;

  /** Prefix of generated key ids; Clerk names its keys after the instance ({@code ins_…}): {@value}. */
  public static final String KID_PREFIX = "ins_local_";

  private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final KeyPair keyPair;
  private final String keyId;

  private SigningKey(KeyPair keyPair, String keyId) {
    this.keyPair = keyPair;
    this.keyId = keyId;
  }

  /**
   * Generates a new key pair and a random key id.
   *
   * @return the key
   */
  public static SigningKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      return new SigningKey(generator.generateKeyPair(), KID_PREFIX + randomId(20));
    } catch (GeneralSecurityException unsupported) {
      throw new IllegalStateException("this JDK cannot generate RSA keys", unsupported);
    }
  }

  /**
   * A random identifier of the characters Clerk uses in its ids ({@code [0-9A-Za-z]}).
   *
   * @param length how many characters
   * @return the identifier
   */
  static String randomId(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  /** @return the key id ({@code kid}) tokens name and the JWKS publishes */
  public String keyId() {
    return keyId;
  }

  /** @return the public key */
  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keyPair.getPublic();
  }

  /**
   * The public key as a PEM block, for a networkless verifier ({@code CLERK_JWT_KEY}).
   *
   * @return {@code -----BEGIN PUBLIC KEY-----…}
   */
  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keyPair.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * The JWK Set with this one key: {@code {"keys":[{"use":"sig","kty":"RSA","kid":…,"alg":"RS256","n":…,
   * "e":…}]}}, the members Clerk's JWKS has.
   *
   * @return the JSON document
   */
  public String jwks() {
    RSAPublicKey key = publicKey();
    return Json.write(json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("keys");
      json.writeStartObject();
      json.writeStringField("use", "sig");
      json.writeStringField("kty", "RSA");
      json.writeStringField("kid", keyId);
      json.writeStringField("alg", "RS256");
      json.writeStringField("n", unsignedBase64Url(key.getModulus()));
      json.writeStringField("e", unsignedBase64Url(key.getPublicExponent()));
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /**
   * Signs a JWS signing input ({@code base64url(header) "." base64url(payload)}) with RS256.
   *
   * @param signingInput the ASCII signing input
   * @return the signature, base64url without padding
   */
  public String sign(String signingInput) {
    Objects.requireNonNull(signingInput, "signingInput");
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keyPair.getPrivate());
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException unsupported) {
      throw new IllegalStateException("RS256 signing failed", unsupported);
    }
  }

  private static String unsignedBase64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + keyId + ", RSA-" + KEY_SIZE + "]";
  }
}
