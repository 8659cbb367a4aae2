package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MintedTokenTest {

  private static final Instant EXPIRES_AT = Instant.parse("2026-06-01T12:01:00Z");

  @Test
  void constructorWhenAComponentIsNullThenNullPointerNamingIt() {
    assertEquals("token", assertThrows(NullPointerException.class,
        () -> new MintedToken(null, "{}", "{}", EXPIRES_AT)).getMessage(), "null token");
    assertEquals("header", assertThrows(NullPointerException.class,
        () -> new MintedToken("t", null, "{}", EXPIRES_AT)).getMessage(), "null header");
    assertEquals("claims", assertThrows(NullPointerException.class,
        () -> new MintedToken("t", "{}", null, EXPIRES_AT)).getMessage(), "null claims");
    assertEquals("expiresAt", assertThrows(NullPointerException.class,
        () -> new MintedToken("t", "{}", "{}", null)).getMessage(), "null expiresAt");
  }

  @Test
  void toStringWhenCalledThenExpiryAndClaimsButNotTheToken() {
    MintedToken minted = new MintedToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl", "{\"alg\":\"RS256\"}",
        "{\"sub\":\"u\"}", EXPIRES_AT);

    String text = minted.toString();

    assertEquals("MintedToken[expiresAt=2026-06-01T12:01:00Z, claims={\"sub\":\"u\"}]", text, "toString");
    assertFalse(text.contains(minted.token()), "toString has the token");
  }

  @Test
  void accessorsWhenReadThenTheComponentsGiven() {
    MintedToken minted = new MintedToken("t", "h", "c", EXPIRES_AT);

    assertEquals("t", minted.token(), "token");
    assertEquals("h", minted.header(), "header");
    assertEquals("c", minted.claims(), "claims");
    assertEquals(EXPIRES_AT, minted.expiresAt(), "expiresAt");
  }
}
