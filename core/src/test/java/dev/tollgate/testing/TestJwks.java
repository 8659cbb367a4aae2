package dev.tollgate.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JWK Set documents for tests. */
public final class TestJwks {

  private TestJwks() {}

  /** One Clerk-style JWK: use sig, kty RSA, kid, alg RS256, n, e. */
  public static Map<String, Object> jwk(String kid, RSAPublicKey key) {
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("use", "sig");
    jwk.put("kty", "RSA");
    jwk.put("kid", kid);
    jwk.put("alg", "RS256");
    jwk.put("n", unsigned(key.getModulus()));
    jwk.put("e", unsigned(key.getPublicExponent()));
    return jwk;
  }

  public static Map<String, Object> jwk(String kid, KeyPair pair) {
    return jwk(kid, TestKeys.publicKey(pair));
  }

  /** A JWKS document of the given JWKs. */
  @SafeVarargs
  public static String of(Map<String, Object>... jwks) {
    List<Object> keys = new ArrayList<>(List.of(jwks));
    return Json.write(Map.of("keys", keys));
  }

  /** The JWKS most tests serve: {@link TestKeys#PRIMARY} under {@link TestTokens#KID}. */
  public static String primary() {
    return of(jwk(TestTokens.KID, TestKeys.PRIMARY));
  }

  /** Big-endian base64url without a sign byte, as RFC 7518 §6.3.1 wants. */
  public static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return TestTokens.base64Url(bytes);
  }
}
