package dev.tollgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.TestTokens;
import org.junit.jupiter.api.Test;

class TokenEchoesTest {

  private static final String TOKEN = TestTokens.token().build();

  @Test
  void echoesWhenTextHoldsWholeTokenThenTrue() {
    assertTrue(TokenEchoes.echoes("rejected: " + TOKEN, TOKEN), "the whole token");
  }

  @Test
  void echoesWhenTextHoldsOneSegmentThenTrue() {
    String signature = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);
    assertTrue(TokenEchoes.echoes("bad signature " + signature + ".", TOKEN), "the signature segment");
  }

  @Test
  void echoesWhenSegmentIsInsideLongerWordThenTrue() {
    assertTrue(TokenEchoes.echoes("key kid-abcdefgh1234 unknown", "x.abcdefgh1234.y"),
        "part of a word that is not wording");
  }

  @Test
  void echoesWhenSegmentIsShorterThanEightThenFalse() {
    assertFalse(TokenEchoes.echoes("token abc1234 refused", "abc1234.x.y"), "a 7-character segment");
  }

  @Test
  void echoesWhenSegmentSpellsVerifierWordingThenFalse() {
    assertFalse(TokenEchoes.echoes("JWT signature is invalid.", "a.signature.b"), "a word of the verifier's message");
    assertFalse(TokenEchoes.echoes("Invalid JWT form. A JWT consists of three parts separated by dots.",
        "A JWT consists of three parts"), "several words of the verifier's message");
  }

  @Test
  void echoesWhenSegmentSpellsPrintedDateThenFalse() {
    assertFalse(TokenEchoes.echoes("JWT is expired. Expiry date: 2023-11-14T22:13:20Z, Current date: x.",
        "2023-11-14T22.x.y"), "a date the message prints");
  }
}
