package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.internal.NumericDates;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenJsonTest {

  private static Token read(String body) {
    return TokenJson.read(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readWhenClerkTokenThenJwtAndExpFromPayload() {
    String jwt = TestTokens.token().issuedAt(TestTokens.NOW).build();

    Token token = read(TestSessions.tokenBody(jwt));

    assertEquals(jwt, token.jwt());
    assertEquals(TestTokens.NOW.plusSeconds(60), token.expiresAt());
  }

  @Test
  void readWhenExpHasFractionThenMillisecondsKept() {
    String jwt = TestTokens.token().claim("exp", new java.math.BigDecimal("1700000060.25")).build();

    assertEquals(Instant.parse("2023-11-14T22:14:20.250Z"), read(TestSessions.tokenBody(jwt)).expiresAt());
  }

  @Test
  void readWhenObjectMemberAbsentThenAccepted() {
    String jwt = TestTokens.token().build();

    assertEquals(jwt, read("{\"jwt\":\"" + jwt + "\"}").jwt());
  }

  @Test
  void readWhenObjectIsNotTokenThenRejected() {
    String jwt = TestTokens.token().build();

    assertEquals("\"object\" must be \"token\"", assertThrows(JsonShapeException.class,
        () -> read("{\"object\":\"session\",\"jwt\":\"" + jwt + "\"}")).getMessage());
  }

  @Test
  void readWhenJwtMissingThenErrorNamesIt() {
    assertEquals("\"jwt\" is required but missing",
        assertThrows(JsonShapeException.class, () -> read("{\"object\":\"token\"}")).getMessage());
  }

  @Test
  void readWhenJwtHasNoExpThenRejectedWithoutEchoingIt() {
    String jwt = TestTokens.token().without("exp").build();

    JsonShapeException error = assertThrows(JsonShapeException.class, () -> read(TestSessions.tokenBody(jwt)));

    assertEquals("\"jwt\" is not a JWT with a numeric exp claim", error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "a.b", "a.b.c.d", "x.!!!.y", "x.e30.y", "x.eyJleHAiOiJzb29uIn0.y", "é.é.é"})
  void expiryMillisWhenNotAJwtWithNumericExpThenInvalid(String jwt) {
    assertEquals(NumericDates.INVALID, TokenJson.expiryMillis(jwt));
  }

  @Test
  void toStringWhenTokenThenNoJwt() {
    String jwt = TestTokens.token().build();

    Token token = read(TestSessions.tokenBody(jwt));

    assertEquals("Token[expiresAt=" + TestTokens.NOW.plusSeconds(60) + "]", token.toString());
  }
}
