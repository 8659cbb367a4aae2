package dev.tollgate.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** RSA keys for tests: generated once per JVM, plus Clerk's published test key from the fixtures. */
public final class TestKeys {

  /** The key most tests sign with. */
  public static final KeyPair PRIMARY = generate(2048);
  /** A second key, for rotation and wrong-key cases. */
  public static final KeyPair SECONDARY = generate(2048);

  private TestKeys() {}

  public static KeyPair generate(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public static RSAPublicKey publicKey(KeyPair pair) {
    return (RSAPublicKey) pair.getPublic();
  }

  public static RSAPrivateKey privateKey(KeyPair pair) {
    return (RSAPrivateKey) pair.getPrivate();
  }

  /** The SubjectPublicKeyInfo of a key as a PEM block. */
  public static String pem(RSAPublicKey key) {
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
  }

  /** The public key of {@link #PRIMARY} as PEM, as {@code jwtKey} / {@code CLERK_JWT_KEY} takes it. */
  public static String primaryPem() {
    return pem(publicKey(PRIMARY));
  }

  /** The public key of {@link #SECONDARY} as PEM. */
  public static String secondaryPem() {
    return pem(publicKey(SECONDARY));
  }

  /** The SubjectPublicKeyInfo of a key as the one-line base64 Clerk's dashboard shows. */
  public static String bareBase64(RSAPublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }
}
