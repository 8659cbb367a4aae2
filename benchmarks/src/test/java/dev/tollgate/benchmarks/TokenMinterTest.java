package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

  private static final KeyPair KEYS = TokenMinter.generateKeyPair();

  @Test
  void generateKeyPairWhenCalledThen2048Bits() {
    assertEquals(2048, ((RSAPublicKey) KEYS.getPublic()).getModulus().bitLength());
  }

  @Test
  void mintWhenDecodedThenClerkShapedHeaderAndClaims() {
    String token = new TokenMinter(KEYS.getPrivate(), new SecureRandom()).mint(Instant.ofEpochSecond(1_000),
        Duration.ofSeconds(60));
    String[] parts = token.split("\\.");
    String header = BenchmarkFixtureTest.decode(parts[0]);
    String payload = BenchmarkFixtureTest.decode(parts[1]);
    assertEquals("{\"alg\":\"RS256\",\"cat\":\"cl_B7d4PD111AAA\",\"kid\":\"" + TokenMinter.KID + "\",\"typ\":\"JWT\"}",
        header);
    for (String claim : new String[] {"act", "azp", "exp", "fva", "iat", "iss", "nbf", "org_id", "org_permissions",
        "org_role", "org_slug", "sid", "sub"}) {
      assertTrue(payload.contains("\"" + claim + "\":"), claim);
    }
    assertEquals(1_000, BenchmarkFixtureTest.number(payload, "iat"));
    assertEquals(990, BenchmarkFixtureTest.number(payload, "nbf"));
    assertEquals(1_060, BenchmarkFixtureTest.number(payload, "exp"));
  }

  @Test
  void mintWhenCalledTwiceThenDistinctTokens() {
    TokenMinter minter = new TokenMinter(KEYS.getPrivate(), new SecureRandom());
    Instant now = Instant.now();
    assertNotEquals(minter.mint(now, Duration.ofMinutes(1)), minter.mint(now, Duration.ofMinutes(1)));
  }
}
