package dev.tollgate.test.tokens;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RSA key pair made for a test, with the key id ({@code kid}) tokens name and the JWK Set publishes. The private
 * half lives in memory only. Publishes the public half as a JWK (RFC 7517) with the members Clerk's JWKS has, or as
 * PEM for a networkless verifier ({@code CLERK_JWT_KEY}). Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7517">RFC 7517</a>
 */
public final class SigningKey {

  /** Size of generated moduli: {@value} bits, the size of Clerk's keys. */
  public static final int DEFAULT_KEY_SIZE = 2048;
  /** Prefix of generated key ids; Clerk names its keys after the instance ({@code ins_…}): {@value}. */
  public static final String KEY_ID_PREFIX = "ins_test_";

  private static final char[] ID_ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String keyId;
  private final RSAPublicKey publicKey;
  private final RSAPrivateKey privateKey;

  private SigningKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    this.keyId = keyId;
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  /** @return a new RSA-{@value #DEFAULT_KEY_SIZE} key with a random {@value #KEY_ID_PREFIX}… key id */
  public static SigningKey generate() {
    return generate(KEY_ID_PREFIX + randomId(20));
  }

  /**
   * @param keyId the key id
   * @return a new RSA-{@value #DEFAULT_KEY_SIZE} key with this key id
   */
  public static SigningKey generate(String keyId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(DEFAULT_KEY_SIZE);
      return of(keyId, generator.generateKeyPair());
    } catch (GeneralSecurityException unsupported) {
      throw new IllegalStateException("this JDK cannot generate RSA keys", unsupported);
    }
  }

  /**
   * @param keyId the key id
   * @param pair an RSA key pair, of any size (weak keys are what some attack tests need)
   * @return the key
   * @throws IllegalArgumentException if the pair is not RSA or the key id is empty
   */
  public static SigningKey of(String keyId, KeyPair pair) {
    Objects.requireNonNull(keyId, "keyId");
    if (keyId.isEmpty()) {
      throw new IllegalArgumentException("keyId must not be empty");
    }
    if (!(pair.getPublic() instanceof RSAPublicKey publicKey)
        || !(pair.getPrivate() instanceof RSAPrivateKey privateKey)) {
      throw new IllegalArgumentException("a signing key must be an RSA key pair");
    }
    return new SigningKey(keyId, publicKey, privateKey);
  }

  /**
   * @param length how many characters
   * @return a random identifier of the characters Clerk's ids use ({@code [0-9A-Za-z]}), for key, session and
   *     token ids
   */
  public static String randomId(int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
    }
    return id.toString();
  }

  /** @return the key id ({@code kid}) */
  public String keyId() {
    return keyId;
  }

  /** @return the public key */
  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /** @return the private key, for {@link RawJws} */
  public RSAPrivateKey privateKey() {
    return privateKey;
  }

  /** @return the public key as a {@code -----BEGIN PUBLIC KEY-----} block (SubjectPublicKeyInfo, RFC 7468 §13) */
  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** @return this key's JWK, members in Clerk's order: {@code use, kty, kid, alg, n, e}; a new mutable map */
  public Map<String, Object> jwk() {
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("use", "sig");
    jwk.put("kty", "RSA");
    jwk.put("kid", keyId);
    jwk.put("alg", "RS256");
    jwk.put("n", unsignedBase64Url(publicKey.getModulus()));
    jwk.put("e", unsignedBase64Url(publicKey.getPublicExponent()));
    return jwk;
  }

  /** @return the JWK Set document with this key alone */
  public String jwks() {
    return jwks(List.of(this));
  }

  /**
   * @param keys the keys to publish, in order
   * @return the JWK Set document {@code {"keys":[…]}}
   */
  public static String jwks(List<SigningKey> keys) {
    List<Object> jwks = new ArrayList<>();
    for (SigningKey key : keys) {
      jwks.add(key.jwk());
    }
    return Json.write(Map.of("keys", jwks));
  }

  /**
   * @param signingInput a JWS signing input, {@code base64url(header) "." base64url(payload)}
   * @param jcaAlgorithm the JCA name of an RSA signature, for example {@value RawJws#RS256}
   * @return the signature, base64url without padding
   */
  public String sign(String signingInput, String jcaAlgorithm) {
    return RawJws.base64Url(RawJws.signature(signingInput, privateKey, jcaAlgorithm));
  }

  /** Big-endian without the sign byte, as RFC 7518 §6.3.1 wants for {@code n} and {@code e}. */
  private static String unsignedBase64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return RawJws.base64Url(Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  /** @return the key id and size; never any key material */
  @Override
  public String toString() {
    return "SigningKey[kid=" + keyId + ", RSA-" + publicKey.getModulus().bitLength() + "]";
  }
}
