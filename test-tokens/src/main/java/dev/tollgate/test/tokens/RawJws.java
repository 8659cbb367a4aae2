package dev.tollgate.test.tokens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs arbitrary bytes as a JWS in compact serialization (RFC 7515 §7.1), for attack tests that need a header or
 * payload no well-formed {@link TokenSpec} produces: duplicate members, invalid UTF-8, an ECDSA or RSA-PSS
 * signature, and so on. {@link TokenSpec} signs through this class too. Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7515#section-7.1">RFC 7515 §7.1</a>
 */
public final class RawJws {

  /** The JCA name of RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 §3.3): {@value}. */
  public static final String RS256 = "SHA256withRSA";

  private static final Pattern KEY_ID = Pattern.compile("\"kid\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"");

  private RawJws() {}

  /**
   * @param header the protected header, as is (it need not be JSON)
   * @param payload the payload, as is
   * @param key the private key
   * @param jcaAlgorithm the JCA signature name, for example {@value #RS256} or {@code SHA256withECDSA}
   * @return {@code base64url(header) "." base64url(payload) "." base64url(signature)}
   * @throws IllegalArgumentException if the JDK cannot sign with this key and algorithm
   */
  public static String sign(byte[] header, byte[] payload, PrivateKey key, String jcaAlgorithm) {
    String signingInput = base64Url(header) + "." + base64Url(payload);
    return signingInput + "." + base64Url(signature(signingInput, key, jcaAlgorithm));
  }

  /**
   * @param headerJson the protected header, UTF-8 encoded as is
   * @param payloadJson the payload, UTF-8 encoded as is
   * @param key an RSA private key
   * @return the compact JWS signed with RS256
   */
  public static String sign(String headerJson, String payloadJson, PrivateKey key) {
    return sign(headerJson.getBytes(StandardCharsets.UTF_8), payloadJson.getBytes(StandardCharsets.UTF_8), key,
        RS256);
  }

  /**
   * @param signingInput the JWS signing input, ASCII
   * @param key the private key
   * @param jcaAlgorithm the JCA signature name
   * @return the raw signature bytes
   * @throws IllegalArgumentException if the JDK cannot sign with this key and algorithm
   */
  public static byte[] signature(String signingInput, PrivateKey key, String jcaAlgorithm) {
    Objects.requireNonNull(key, "key");
    try {
      Signature signature = Signature.getInstance(jcaAlgorithm);
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException unsupported) {
      throw new IllegalArgumentException("cannot sign with " + jcaAlgorithm + " and a " + key.getAlgorithm()
          + " key", unsupported);
    }
  }

  /**
   * The token with another key id in its protected header, its payload and signature as they were: one signature
   * serves a flood of tokens whose key ids no key set has, refused on the key id before any signature is checked.
   *
   * @param token a compact JWS whose header has a string {@code kid}
   * @param keyId the new key id
   * @return the token with {@code keyId} in its header; its signature no longer matches it
   * @throws IllegalArgumentException if the token is not three segments or its header has no string {@code kid}
   */
  public static String withKeyId(String token, String keyId) {
    String[] segments = token.split("\\.", -1);
    if (segments.length != 3) {
      throw new IllegalArgumentException("not a compact JWS: " + segments.length + " segments");
    }
    String header = new String(Base64.getUrlDecoder().decode(segments[0]), StandardCharsets.UTF_8);
    Matcher kid = KEY_ID.matcher(header);
    if (!kid.find()) {
      throw new IllegalArgumentException("the header has no string kid");
    }
    String replaced = header.substring(0, kid.start()) + "\"kid\":" + Json.write(keyId)
        + header.substring(kid.end());
    return base64Url(replaced) + "." + segments[1] + "." + segments[2];
  }

  /**
   * @param bytes any bytes
   * @return their base64url form without padding (RFC 7515 §2)
   */
  public static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * @param text any text
   * @return the base64url form of its UTF-8 bytes, without padding
   */
  public static String base64Url(String text) {
    return base64Url(text.getBytes(StandardCharsets.UTF_8));
  }
}
