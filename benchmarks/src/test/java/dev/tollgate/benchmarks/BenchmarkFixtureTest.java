package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkFixtureTest {

  private final BenchmarkFixture fixture = BenchmarkFixture.shared();

  @Test
  void sharedWhenPoolSizePropertySetThenMintsThatManyDistinctTokens() {
    assertEquals(16, fixture.poolSize());
    assertEquals(16, new HashSet<>(List.of(fixture.tokens())).size());
    assertFalse(List.of(fixture.tokens()).contains(fixture.repeatedToken()));
  }

  @Test
  void writeToWhenReadBackThenSameKeyAndTokens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tokens.txt");
    fixture.writeTo(file);
    BenchmarkFixture read = BenchmarkFixture.readFrom(file);
    assertEquals(fixture.publicKey(), read.publicKey());
    assertArrayEquals(fixture.tokens(), read.tokens());
    assertEquals(fixture.repeatedToken(), read.repeatedToken());
    assertEquals(fixture.expiredToken(), read.expiredToken());
    assertFalse(Files.readString(file).contains("PRIVATE"));
  }

  @Test
  void readFromWhenNotAFixtureThenRejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.txt");
    Files.writeString(file, "hello\n");
    assertThrows(IllegalArgumentException.class, () -> BenchmarkFixture.readFrom(file));
  }

  @Test
  void signingInputWhenVerifiedWithJcaThenValid() throws Exception {
    for (int i = 0; i < fixture.poolSize(); i++) {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(fixture.publicKey());
      signature.update(fixture.signingInput(i));
      assertTrue(signature.verify(fixture.signature(i)), "token " + i);
    }
  }

  @Test
  void tamperedTokensWhenBuiltThenDifferFromTheOriginalInOnePart() {
    String[] original = fixture.tokens()[0].split("\\.");
    String[] payload = fixture.tamperedPayloadToken().split("\\.");
    String[] signature = fixture.tamperedSignatureToken().split("\\.");
    assertEquals(original[0], payload[0]);
    assertNotEquals(original[1], payload[1]);
    assertEquals(original[2], payload[2]);
    assertTrue(decode(payload[1]).contains("\"sub\":\"user_2attacker\""));
    assertEquals(original[1], signature[1]);
    assertNotEquals(original[2], signature[2]);
  }

  @Test
  void expiredTokenWhenDecodedThenExpiredAnHourAgo() {
    long exp = number(decode(fixture.expiredToken().split("\\.")[1]), "exp");
    long now = System.currentTimeMillis() / 1000;
    assertTrue(exp < now - 3000, "exp " + exp + " now " + now);
  }

  @Test
  void poolTokensWhenDecodedThenLiveForTheWholeRun() {
    String payload = decode(fixture.tokens()[0].split("\\.")[1]);
    long now = System.currentTimeMillis() / 1000;
    assertTrue(number(payload, "exp") > now + 3600);
    assertTrue(number(payload, "nbf") <= now);
    assertTrue(number(payload, "iat") <= now);
  }

  @Test
  void jwksWhenRenderedThenNamesTheKidAndTheModulus() {
    String jwks = fixture.jwks();
    assertTrue(jwks.contains("\"kid\":\"" + TokenMinter.KID + "\""));
    assertTrue(jwks.contains("\"e\":\"AQAB\""));
    assertTrue(fixture.pem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
  }

  @Test
  void mintWhenPoolSizeNotAPowerOfTwoThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> BenchmarkFixture.mint(3));
  }

  static String decode(String segment) {
    return new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
  }

  static long number(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(json);
    assertTrue(matcher.find(), name);
    return Long.parseLong(matcher.group(1));
  }
}
