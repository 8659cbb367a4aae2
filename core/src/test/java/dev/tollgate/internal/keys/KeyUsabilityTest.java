package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tollgate.testing.TestKeys;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyUsabilityTest {

  private static RSAPublicKey withExponent(long exponent) {
    RSAPublicKey real = TestKeys.publicKey(TestKeys.PRIMARY);
    return new RSAPublicKey() {
      @Override
      public BigInteger getPublicExponent() {
        return BigInteger.valueOf(exponent);
      }

      @Override
      public BigInteger getModulus() {
        return real.getModulus();
      }

      @Override
      public String getAlgorithm() {
        return "RSA";
      }

      @Override
      public String getFormat() {
        return real.getFormat();
      }

      @Override
      public byte[] getEncoded() {
        return real.getEncoded();
      }
    };
  }

  @Test
  void rsaProblemWhenKeyIs2048BitsWithF4ThenNone() {
    assertNull(KeyUsability.rsaProblem(TestKeys.publicKey(TestKeys.PRIMARY)));
    assertNull(KeyUsability.rsaProblem(TestKeys.publicKey(TestKeys.generate(3072))));
  }

  @Test
  void rsaProblemWhenShortOrWeakExponentThenNamed() {
    assertEquals("RSA modulus shorter than 2048 bits",
        KeyUsability.rsaProblem(TestKeys.publicKey(TestKeys.generate(1024))));
    for (long exponent : new long[] {1, 3, 17, 65535, 65538}) {
      assertEquals("RSA public exponent is even or below 65537", KeyUsability.rsaProblem(withExponent(exponent)),
          "e = " + exponent);
    }
    assertNull(KeyUsability.rsaProblem(withExponent(65539)));
  }

  @Test
  void metadataProblemWhenUseKeyOpsOrAlgForbidVerificationThenNamed() {
    assertNull(KeyUsability.metadataProblem(null, null, null));
    assertNull(KeyUsability.metadataProblem("sig", List.of("verify", "sign"), "RS512"));
    assertEquals("key use is not sig", KeyUsability.metadataProblem("enc", null, null));
    assertEquals("key_ops does not allow verify", KeyUsability.metadataProblem(null, List.of("encrypt"), null));
    assertEquals("key alg is not RS256, RS384 or RS512", KeyUsability.metadataProblem(null, null, "PS256"));
  }
}
