package dev.tollgate.testing;

import dev.tollgate.test.tokens.SigningKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * RSA keys for tests, generated once per JVM. Their JWKs and PEM forms come from the test kit's {@link SigningKey};
 * what is here is what core's tests need beyond it: key sizes other than 2048 bits and the dashboard's bare base64.
 */
public final class TestKeys {

  /** The key most tests sign with. */
  public static final KeyPair PRIMARY = generate(2048);
  /** A second key, for rotation and wrong-key cases. */
  public static final KeyPair SECONDARY = generate(2048);
  /** {@link #PRIMARY} under {@link TestTokens#KID}: what the default tokens name and the default JWKS publishes. */
  public static final SigningKey PRIMARY_KEY = SigningKey.of(TestTokens.KID, PRIMARY);

  private TestKeys() {}

  /** @return a new RSA key pair of this size (the kit makes 2048-bit keys only; weak-key tests need others) */
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

  /** The SubjectPublicKeyInfo of a pair's public key as a PEM block. */
  public static String pem(KeyPair pair) {
    // PEM carries no key id; the one given here is never written.
    return SigningKey.of(TestTokens.KID, pair).publicKeyPem();
  }

  /** The public key of {@link #PRIMARY} as PEM, as {@code jwtKey} / {@code CLERK_JWT_KEY} takes it. */
  public static String primaryPem() {
    return PRIMARY_KEY.publicKeyPem();
  }

  /** The public key of {@link #SECONDARY} as PEM. */
  public static String secondaryPem() {
    return pem(SECONDARY);
  }

  /** The SubjectPublicKeyInfo of a key as the one-line base64 Clerk's dashboard shows. */
  public static String bareBase64(RSAPublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }
}
