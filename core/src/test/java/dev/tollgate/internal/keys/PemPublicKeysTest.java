package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestKeys;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemPublicKeysTest {

  @Test
  void parseWhenClerkDashboardFormsOfOneKeyThenSameKey() {
    RSAPublicKey bare = PemPublicKeys.parse(Fixtures.token("js-backend/mockPEMKey.txt"));
    RSAPublicKey pem = PemPublicKeys.parse(Fixtures.text("js-backend/mockPEMJwtKey.pem"));

    assertEquals(bare, pem);
    assertEquals(2048, bare.getModulus().bitLength());
  }

  @Test
  void parseWhenPemPassedThroughAnEnvironmentVariableWithLiteralNewlinesThenParsed() {
    String pem = TestKeys.primaryPem();
    RSAPublicKey fromEnv = PemPublicKeys.parse(pem.replace("\n", "\\n"));

    assertEquals(TestKeys.publicKey(TestKeys.PRIMARY), fromEnv);
    assertEquals(TestKeys.publicKey(TestKeys.PRIMARY), PemPublicKeys.parse("  " + pem + "\r\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64 !!", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
      "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"})
  void parseWhenNotAnRsaSpkiKeyThenClearErrorWithoutEchoingInput(String text) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PemPublicKeys.parse(text));

    assertTrue(error.getMessage().startsWith("jwtKey"), error.getMessage());
    assertFalse(!text.isBlank() && error.getMessage().contains(text.strip()), error.getMessage());
  }

  @Test
  void parseWhenPkcs1BlockThenToldToUseSpki() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> PemPublicKeys.parse("-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----"));
    assertTrue(error.getMessage().contains("PKCS#1"));
  }

  @Test
  void parseWhenKeyIsWeakThenRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> PemPublicKeys.parse(TestKeys.pem(TestKeys.generate(1024))));
    assertEquals("jwtKey is not usable: RSA modulus shorter than 2048 bits", error.getMessage());
  }
}
