package dev.tollgate.attacks;

import static dev.tollgate.attacks.Targets.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys a JWKS may contain that must never verify anything: e = 1 (signatures forgeable by anyone), short
 * moduli, small or even exponents, keys for encryption or another algorithm, and non-RSA keys.
 */
class WeakKeyAttacksTest {

  private static final KeyPair SHORT = TestKeys.generate(1024);
  private static final KeyPair EXPONENT_3 = generateWithExponent(3);
  private static JwksServer jwks;
  private SessionVerifier verifier;

  @BeforeAll
  static void startServer() {
    jwks = new JwksServer();
  }

  @AfterAll
  static void stopServer() {
    jwks.close();
  }

  @BeforeEach
  void serve() {
    jwks.reset();
    Map<String, Object> exponentOne = TestJwks.jwk("weak-e1", TestKeys.PRIMARY);
    exponentOne.put("e", "AQ");
    Map<String, Object> evenExponent = TestJwks.jwk("weak-even", TestKeys.PRIMARY);
    evenExponent.put("e", TestTokens.base64Url(BigInteger.valueOf(65538).toByteArray()));
    Map<String, Object> encryption = TestJwks.jwk("enc-use", TestKeys.SECONDARY);
    encryption.put("use", "enc");
    Map<String, Object> encryptOnly = TestJwks.jwk("ops-encrypt", TestKeys.SECONDARY);
    encryptOnly.remove("use");
    encryptOnly.put("key_ops", List.of("encrypt"));
    Map<String, Object> rs512Only = TestJwks.jwk("alg-rs512", TestKeys.SECONDARY);
    rs512Only.put("alg", "RS512");
    Map<String, Object> symmetric = new LinkedHashMap<>();
    symmetric.put("kty", "oct");
    symmetric.put("kid", "oct-key");
    symmetric.put("k", TestTokens.base64Url(TestKeys.PRIMARY.getPublic().getEncoded()));
    jwks.serve(TestJwks.of(TestJwks.jwk(TestTokens.KID, TestKeys.PRIMARY), exponentOne,
        TestJwks.jwk("weak-1024", SHORT), TestJwks.jwk("weak-e3", EXPONENT_3), evenExponent, encryption,
        encryptOnly, rs512Only, symmetric));
    verifier = Targets.base().jwksUrl(jwks.url()).build();
  }

  @AfterEach
  void close() {
    verifier.close();
  }

  private static KeyPair generateWithExponent(int exponent) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(new RSAKeyGenParameterSpec(2048, BigInteger.valueOf(exponent)));
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** With e = 1, "signing" is the identity: the PKCS#1 v1.5 encoding of the digest is its own signature. */
  private static byte[] forgeForExponentOne(String signingInput) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(signingInput.getBytes(StandardCharsets.US_ASCII));
    byte[] prefix = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    byte[] encoded = new byte[256];
    encoded[0] = 0x00;
    encoded[1] = 0x01;
    int padEnd = 256 - prefix.length - digest.length - 1;
    for (int i = 2; i < padEnd; i++) {
      encoded[i] = (byte) 0xff;
    }
    encoded[padEnd] = 0x00;
    System.arraycopy(prefix, 0, encoded, padEnd + 1, prefix.length);
    System.arraycopy(digest, 0, encoded, padEnd + 1 + prefix.length, digest.length);
    return encoded;
  }

  @Test
  void verifyWhenKidNamesAnExponentOneKeyThenForgeryIsRefused() throws Exception {
    String header = "{\"alg\":\"RS256\",\"kid\":\"weak-e1\",\"typ\":\"JWT\"}";
    String signingInput = TestTokens.base64Url(header) + "."
        + TestTokens.base64Url(Json.write(TestTokens.token().claims()));
    byte[] forged = forgeForExponentOne(signingInput);
    String token = signingInput + "." + TestTokens.base64Url(forged);

    // The forgery is real: the RSA verification equation s^e mod n = EM holds for e = 1. (The JDK's
    // KeyFactory also refuses exponents below 3; the key set loader must not depend on that alone.)
    BigInteger modulus = TestKeys.publicKey(TestKeys.PRIMARY).getModulus();
    BigInteger signature = new BigInteger(1, forged);
    assertEquals(signature, signature.modPow(BigInteger.ONE, modulus), "precondition: e = 1 accepts the forgery");

    assertRejected(RejectionReason.JWK_UNUSABLE, verifier, token);
  }

  @Test
  void verifyWhenSignedWithA1024BitKeyThenUnusable() {
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier, TestTokens.token().kid("weak-1024").signedWith(SHORT)
        .build());
  }

  @Test
  void verifyWhenSignedWithAnExponentThreeKeyThenUnusable() {
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier,
        TestTokens.token().kid("weak-e3").signedWith(EXPONENT_3).build());
  }

  @Test
  void verifyWhenKeyHasEvenExponentThenUnusable() {
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier, TestTokens.token().kid("weak-even").build());
  }

  @Test
  void verifyWhenKeyIsForEncryptionOrAnotherAlgorithmThenUnusable() {
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier,
        TestTokens.token().kid("enc-use").signedWith(TestKeys.SECONDARY).build());
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier,
        TestTokens.token().kid("ops-encrypt").signedWith(TestKeys.SECONDARY).build());
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier,
        TestTokens.token().kid("alg-rs512").signedWith(TestKeys.SECONDARY).build());
  }

  @Test
  void verifyWhenKidNamesASymmetricKeyThenUnusable() {
    assertRejected(RejectionReason.JWK_UNUSABLE, verifier, TestTokens.token().kid("oct-key").build());
  }

  @Test
  void verifyWhenGoodKeyIsUsedBesideWeakOnesThenAccepted() throws Exception {
    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().build()).userId());
  }

  @Test
  void verifyWhenKeySetHoldsOnlyWeakKeysThenKeysUnavailable() {
    jwks.serve(TestJwks.of(TestJwks.jwk("weak-1024", SHORT), TestJwks.jwk("weak-e3", EXPONENT_3)));
    SessionVerifier onlyWeak = Targets.base().jwksUrl(jwks.url()).build();

    KeysUnavailableException unavailable = assertThrows(KeysUnavailableException.class,
        () -> onlyWeak.verify(TestTokens.token().kid("weak-1024").signedWith(SHORT).build()));
    assertTrue(unavailable.getMessage().contains("no usable RSA signing key"), unavailable.getMessage());
    onlyWeak.close();
  }

  @Test
  void buildWhenNetworklessKeyIsWeakThenRefusedWithReason() {
    IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
        () -> Targets.base().jwtKey(TestKeys.pem(SHORT)).build());
    IllegalArgumentException smallExponent = assertThrows(IllegalArgumentException.class,
        () -> Targets.base().jwtKey(TestKeys.pem(EXPONENT_3)).build());

    assertTrue(shortKey.getMessage().contains("2048"), shortKey.getMessage());
    assertTrue(smallExponent.getMessage().contains("exponent"), smallExponent.getMessage());
  }
}
