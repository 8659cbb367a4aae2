package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.support.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  private static final SigningKey KEY = SigningKey.generate();

  @Test
  void generateWhenCalledThenRsa2048WithClerkStyleKid() {
    assertEquals(SigningKey.KEY_SIZE, KEY.publicKey().getModulus().bitLength());
    assertTrue(KEY.keyId().matches("ins_local_[0-9A-Za-z]{20}"), KEY.keyId());
    assertNotEquals(KEY.keyId(), SigningKey.generate().keyId());
  }

  @Test
  void jwksWhenParsedThenPublishesThePublicKey() {
    @SuppressWarnings("unchecked")
    Map<String, Object> jwk = (Map<String, Object>) ((List<?>) Json.parseObject(KEY.jwks()).get("keys")).get(0);

    assertEquals("RSA", jwk.get("kty"));
    assertEquals("sig", jwk.get("use"));
    assertEquals("RS256", jwk.get("alg"));
    assertEquals(KEY.keyId(), jwk.get("kid"));
    assertEquals(KEY.publicKey().getModulus(), unsigned((String) jwk.get("n")));
    assertEquals(KEY.publicKey().getPublicExponent(), unsigned((String) jwk.get("e")));
  }

  @Test
  void signWhenVerifiedWithJcaThenValid() throws Exception {
    String signature = KEY.sign("header.payload");
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(KEY.publicKey());
    verifier.update("header.payload".getBytes(StandardCharsets.US_ASCII));

    assertTrue(verifier.verify(Base64.getUrlDecoder().decode(signature)));
  }

  @Test
  void publicKeyPemWhenPrintedThenSpkiBlock() {
    String pem = KEY.publicKeyPem();

    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    assertTrue(pem.endsWith("-----END PUBLIC KEY-----\n"));
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }
}
