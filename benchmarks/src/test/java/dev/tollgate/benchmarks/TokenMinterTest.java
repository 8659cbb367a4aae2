package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.test.tokens.SigningKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

  private static final SigningKey KEY = TokenMinter.generateKey();

  @Test
  void generateKeyWhenCalledThen2048BitsUnderTheBenchmarkKid() {
    assertEquals(2048, KEY.publicKey().getModulus().bitLength());
    assertEquals(TokenMinter.KID, KEY.keyId());
  }

  @Test
  void mintWhenDecodedThenClerkShapedHeaderAndClaims() {
    String token = new TokenMinter(KEY, new SecureRandom()).mint(Instant.ofEpochSecond(1_000),
        Duration.ofSeconds(60));
    String[] parts = token.split("\\.");
    String header = BenchmarkFixtureTest.decode(parts[0]);
    String payload = BenchmarkFixtureTest.decode(parts[1]);
    assertEquals("{\"alg\":\"RS256\",\"cat\":\"cl_B7d4PD111AAA\",\"kid\":\"" + TokenMinter.KID + "\",\"typ\":\"JWT\"}",
        header);
    assertTrue(payload.matches("\\{\"act\":\\{\"iss\":\"https://dashboard.clerk.com\",\"sid\":\"sess_2\\w{26}\","
        + "\"sub\":\"user_2\\w{26}\"},\"azp\":\"" + TokenMinter.AUTHORIZED_PARTY + "\",\"exp\":1060,"
        + "\"fva\":\\[3,-1],\"iat\":1000,\"iss\":\"" + TokenMinter.ISSUER + "\",\"nbf\":990,"
        + "\"org_id\":\"org_2\\w{26}\",\"org_permissions\":\\[\"org:invoices:read\",\"org:invoices:create\","
        + "\"org:members:read\"],\"org_role\":\"org:admin\",\"org_slug\":\"acme-corp\",\"sid\":\"sess_2\\w{26}\","
        + "\"sub\":\"user_2\\w{26}\"}"), "the claims every contender is measured on, no more (no jti): " + payload);
    assertEquals(1_000, BenchmarkFixtureTest.number(payload, "iat"));
    assertEquals(990, BenchmarkFixtureTest.number(payload, "nbf"));
    assertEquals(1_060, BenchmarkFixtureTest.number(payload, "exp"));
  }

  @Test
  void mintWhenCalledTwiceThenDistinctTokens() {
    TokenMinter minter = new TokenMinter(KEY, new SecureRandom());
    Instant now = Instant.now();
    assertNotEquals(minter.mint(now, Duration.ofMinutes(1)), minter.mint(now, Duration.ofMinutes(1)));
  }
}
