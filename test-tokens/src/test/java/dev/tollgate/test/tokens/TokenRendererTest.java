package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRendererTest {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final SigningKey KEY = SigningKey.generate("ins_test_renderer");

  /** A clock that moves on a minute each time it is read, to catch a renderer reading it more than once. */
  private static final class TickingClock extends Clock {
    private Instant next = NOW;

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(Duration.ofMinutes(1));
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("not needed here");
    }
  }

  private static TokenSpec.State state(Clock clock) {
    TokenSpec.State state = new TokenSpec.State();
    state.signer = KEY;
    state.issuer = "https://clerk.tollgate.example";
    state.clock = clock;
    return state;
  }

  @Test
  void mintWhenClockMovesBetweenReadsThenTimesAndExpiresAtComeFromOneReading() {
    MintedToken minted = TokenRenderer.mint(state(new TickingClock()));
    Map<String, Object> claims = DecodedToken.decode(minted.token()).claims();

    assertEquals(NOW.getEpochSecond(), claims.get("iat"), "iat");
    assertEquals(NOW.getEpochSecond() + 60, claims.get("exp"), "exp");
    assertEquals(Instant.ofEpochSecond((Long) claims.get("exp")), minted.expiresAt(), "expiresAt against exp");
  }

  @Test
  void headerAndClaimsWhenRenderedThenUnmodifiable() {
    TokenSpec.State state = state(Clock.fixed(NOW, ZoneOffset.UTC));

    assertThrows(UnsupportedOperationException.class, () -> TokenRenderer.header(state).put("alg", "none"),
        "header is modifiable");
    assertThrows(UnsupportedOperationException.class, () -> TokenRenderer.claims(state, NOW).remove("sub"),
        "claims are modifiable");
  }

  @Test
  void mintWhenRenderedThenHeaderAndClaimsJsonAreTheSignedSegments() {
    MintedToken minted = TokenRenderer.mint(state(Clock.fixed(NOW, ZoneOffset.UTC)));
    String[] segments = minted.token().split("\\.");

    assertEquals(RawJws.base64Url(minted.header()), segments[0], "header segment");
    assertEquals(RawJws.base64Url(minted.claims()), segments[1], "payload segment");
  }
}
