package dev.tollgate.internal.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Reads the networkless key Clerk's dashboard shows ({@code CLERK_JWT_KEY}): an RSA public key as a
 * {@code -----BEGIN PUBLIC KEY-----} PEM block, or the same SubjectPublicKeyInfo as bare base64 on one line.
 * Literal {@code \n} sequences (common when a PEM passes through an environment variable) are accepted as
 * line breaks. Error messages never include the key.
 */
public final class PemPublicKeys {

  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PemPublicKeys() {}

  /**
   * @return the key, checked with {@link KeyUsability}
   * @throws IllegalArgumentException naming what is wrong, never echoing the input
   */
  public static RSAPublicKey parse(String text) {
    Objects.requireNonNull(text, "jwtKey");
    String body = text.replace("\\n", "\n").replace("\\r", "").strip();
    if (body.startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
      throw new IllegalArgumentException("jwtKey is a PKCS#1 RSA key; give the SubjectPublicKeyInfo form "
          + "(-----BEGIN PUBLIC KEY-----) that Clerk's dashboard shows");
    }
    if (body.startsWith("-----BEGIN")) {
      if (!body.startsWith(BEGIN) || !body.endsWith(END)) {
        throw new IllegalArgumentException("jwtKey must be a -----BEGIN PUBLIC KEY----- PEM block or bare base64");
      }
      body = body.substring(BEGIN.length(), body.length() - END.length());
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(body.replaceAll("\\s+", ""));
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("jwtKey is not valid base64");
    }
    if (der.length == 0) {
      throw new IllegalArgumentException("jwtKey is empty");
    }
    PublicKey key;
    try {
      key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException notAnRsaKey) {
      throw new IllegalArgumentException("jwtKey is not an RSA public key in SubjectPublicKeyInfo form");
    }
    RSAPublicKey rsa = (RSAPublicKey) key;
    String problem = KeyUsability.rsaProblem(rsa);
    if (problem != null) {
      throw new IllegalArgumentException("jwtKey is not usable: " + problem);
    }
    return rsa;
  }
}
