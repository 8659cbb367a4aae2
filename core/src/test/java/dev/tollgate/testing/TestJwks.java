package dev.tollgate.testing;

import dev.tollgate.test.tokens.Json;
import dev.tollgate.test.tokens.SigningKey;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

/**
 * JWK Set documents for tests. JWKs come from the test kit's {@link SigningKey#jwk()}; what is here lets a test
 * publish JWKs it has edited (a weak exponent, another use) next to good ones.
 */
public final class TestJwks {

  private TestJwks() {}

  /** @return one Clerk-style JWK (use sig, kty RSA, kid, alg RS256, n, e) as a new mutable map */
  public static Map<String, Object> jwk(String kid, KeyPair pair) {
    return SigningKey.of(kid, pair).jwk();
  }

  /** A JWKS document of the given JWKs. */
  @SafeVarargs
  public static String of(Map<String, Object>... jwks) {
    return Json.write(Map.of("keys", List.of(jwks)));
  }

  /** The JWKS most tests serve: {@link TestKeys#PRIMARY} under {@link TestTokens#KID}. */
  public static String primary() {
    return TestKeys.PRIMARY_KEY.jwks();
  }
}
