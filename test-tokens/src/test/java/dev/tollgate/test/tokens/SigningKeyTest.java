package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final String SIGNING_INPUT = RawJws.base64Url("{\"alg\":\"RS256\"}") + "." + RawJws.base64Url("{}");

  private static KeyPair pair(String algorithm, int size) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(size);
    return generator.generateKeyPair();
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, DecodedToken.bytes(base64Url));
  }

  @Test
  void generateWhenNoKeyIdThenRsa2048WithARandomInsTestKeyId() {
    SigningKey other = SigningKey.generate();

    assertEquals(2048, KEY.publicKey().getModulus().bitLength(), "modulus bits");
    assertEquals("RSA", KEY.privateKey().getAlgorithm(), "private key algorithm");
    assertTrue(KEY.keyId().matches("ins_test_[0-9A-Za-z]{20}"), "kid " + KEY.keyId());
    assertNotEquals(KEY.keyId(), other.keyId(), "kids of two generated keys");
    assertNotEquals(KEY.publicKey(), other.publicKey(), "public keys of two generated keys");
  }

  @Test
  void generateWhenKeyIdGivenThenThatKeyId() {
    assertEquals("ins_given", SigningKey.generate("ins_given").keyId(), "kid");
  }

  @Test
  void ofWhenRsaPairOfAnySizeThenKeptAsIs() throws Exception {
    KeyPair weak = pair("RSA", 1024);

    SigningKey key = SigningKey.of("weak", weak);

    assertEquals("weak", key.keyId(), "kid");
    assertEquals(weak.getPublic(), key.publicKey(), "public key");
    assertEquals(weak.getPrivate(), key.privateKey(), "private key");
  }

  @Test
  void ofWhenNotAnRsaPairThenRefused() throws Exception {
    KeyPair ec = pair("EC", 256);
    KeyPair rsa = pair("RSA", 1024);

    for (KeyPair notRsa : List.of(ec, new KeyPair(rsa.getPublic(), ec.getPrivate()),
        new KeyPair(ec.getPublic(), rsa.getPrivate()))) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> SigningKey.of("kid", notRsa), notRsa.getPublic().getAlgorithm() + "/"
              + notRsa.getPrivate().getAlgorithm());
      assertEquals("a signing key must be an RSA key pair", refused.getMessage(), "message");
    }
  }

  @Test
  void ofWhenKeyIdEmptyOrNullThenRefused() throws Exception {
    KeyPair rsa = pair("RSA", 1024);

    assertEquals("keyId must not be empty",
        assertThrows(IllegalArgumentException.class, () -> SigningKey.of("", rsa)).getMessage(), "empty kid");
    assertEquals("keyId", assertThrows(NullPointerException.class, () -> SigningKey.of(null, rsa)).getMessage(),
        "null kid");
  }

  @Test
  void jwkWhenCalledThenClerksMembersInClerksOrder() {
    Map<String, Object> jwk = KEY.jwk();

    assertEquals(List.of("use", "kty", "kid", "alg", "n", "e"), List.copyOf(jwk.keySet()), "members in order");
    assertEquals("sig", jwk.get("use"), "use");
    assertEquals("RSA", jwk.get("kty"), "kty");
    assertEquals(KEY.keyId(), jwk.get("kid"), "kid");
    assertEquals("RS256", jwk.get("alg"), "alg");
    assertEquals(KEY.publicKey().getModulus(), unsigned((String) jwk.get("n")), "n");
    assertEquals("AQAB", jwk.get("e"), "e of 65537");
  }

  @Test
  void jwkWhenModulusHasItsHighBitSetThenNoLeadingZeroByte() {
    // A 2048-bit modulus fills its top byte, so BigInteger.toByteArray() prepends a sign byte.
    assertEquals(257, KEY.publicKey().getModulus().toByteArray().length, "two's-complement bytes of the modulus");

    byte[] n = DecodedToken.bytes((String) KEY.jwk().get("n"));

    assertEquals(256, n.length, "bytes of n");
    assertTrue(n[0] < 0, "top byte of n has its high bit set: " + n[0]);
  }

  @Test
  void jwkWhenChangedByTheCallerThenTheNextJwkIsUnchanged() {
    KEY.jwk().put("kid", "changed");

    assertEquals(KEY.keyId(), KEY.jwk().get("kid"), "kid of a fresh jwk()");
  }

  @Test
  void jwksWhenOneKeyThenTheSetWithItsJwk() {
    Map<String, Object> set = DecodedToken.object(KEY.jwks());

    assertEquals(Map.of("keys", List.of(KEY.jwk())), set, "JWK Set");
    assertEquals(List.of("use", "kty", "kid", "alg", "n", "e"),
        List.copyOf(((Map<?, ?>) ((List<?>) set.get("keys")).get(0)).keySet()), "member order in the set");
  }

  @Test
  void jwksWhenSeveralKeysThenInTheOrderGiven() {
    SigningKey second = SigningKey.generate("ins_second");

    assertEquals(Map.of("keys", List.of(second.jwk(), KEY.jwk())),
        DecodedToken.object(SigningKey.jwks(List.of(second, KEY))), "JWK Set");
    assertEquals("{\"keys\":[]}", SigningKey.jwks(List.of()), "empty JWK Set");
  }

  @Test
  void publicKeyPemWhenParsedBackThenTheSameKey() throws Exception {
    String pem = KEY.publicKeyPem();

    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), "PEM header: " + pem);
    assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"), "PEM footer: " + pem);
    String body = pem.substring("-----BEGIN PUBLIC KEY-----\n".length(),
        pem.length() - "\n-----END PUBLIC KEY-----\n".length());
    for (String line : body.split("\n")) {
      assertTrue(line.length() <= 64, "PEM line longer than 64: " + line);
    }
    PublicKey parsed = KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(body)));

    assertEquals(KEY.publicKey(), parsed, "key parsed from the PEM");
  }

  @Test
  void signWhenRsaAlgorithmThenTheSignatureVerifiesWithThePublicKey() {
    for (String jca : List.of("SHA256withRSA", "SHA384withRSA", "SHA512withRSA")) {
      String token = SIGNING_INPUT + "." + KEY.sign(SIGNING_INPUT, jca);

      assertTrue(DecodedToken.decode(token).verifies(KEY.publicKey(), jca), jca + " signature");
    }
  }

  @Test
  void signWhenAlgorithmNeedsAnotherKeyTypeThenRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> KEY.sign(SIGNING_INPUT, "SHA256withECDSA"));

    assertEquals("cannot sign with SHA256withECDSA and a RSA key", refused.getMessage(), "message");
  }

  @Test
  void toStringWhenCalledThenKidAndSizeButNoKeyMaterial() {
    String text = KEY.toString();

    assertEquals("SigningKey[kid=" + KEY.keyId() + ", RSA-2048]", text, "toString");
    assertFalse(text.contains((String) KEY.jwk().get("n")), "toString has the modulus");
    assertFalse(text.contains(KEY.privateKey().getPrivateExponent().toString()), "toString has the private exponent");
  }
}
