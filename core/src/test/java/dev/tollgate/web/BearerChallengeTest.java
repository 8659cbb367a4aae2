package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerChallengeTest {

  @Test
  void headerWhenNoErrorThenRealmOnly() {
    assertEquals("Bearer realm=\"api\"", BearerChallenge.header("api", null, "ignored"));
  }

  @Test
  void headerWhenErrorAndDescriptionThenAllThreeAttributes() {
    assertEquals("Bearer realm=\"api\", error=\"invalid_token\", error_description=\"JWT is expired.\"",
        BearerChallenge.header("api", BearerError.INVALID_TOKEN, "JWT is expired."));
  }

  @Test
  void headerWhenDescriptionBlankThenNoDescriptionAttribute() {
    assertEquals("Bearer realm=\"api\", error=\"invalid_request\"",
        BearerChallenge.header("api", BearerError.INVALID_REQUEST, " \n "));
  }

  @Test
  void sanitizeWhenForbiddenCharactersThenReplaced() {
    assertEquals("say 'hi' a/b  x?y", BearerChallenge.sanitize("say \"hi\" a\\b\r\nx\u00e9y"));
  }

  @Test
  void sanitizeWhenHeaderInjectionAttemptedThenNoLineBreakSurvives() {
    String clean = BearerChallenge.sanitize("bad\r\nSet-Cookie: a=b");

    assertTrue(clean.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && c != '"' && c != '\\'));
  }

  @Test
  void sanitizeWhenTooLongThenCut() {
    assertEquals(BearerChallenge.MAX_DESCRIPTION_LENGTH, BearerChallenge.sanitize("x".repeat(1000)).length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a\"b", "a\\b", "caf\u00e9", "line\nbreak"})
  void requireValidRealmWhenOutsideCharsetThenRejected(String realm) {
    assertThrows(IllegalArgumentException.class, () -> BearerChallenge.requireValidRealm(realm));
  }

  @Test
  void requireValidRealmWhenPrintableThenUnchanged() {
    assertEquals("My API (v2)", BearerChallenge.requireValidRealm("My API (v2)"));
  }
}
