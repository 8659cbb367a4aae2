package dev.tollgate.web;

import static dev.tollgate.web.WebTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenExtractorTest {

  private final TokenExtractor plain = new TokenExtractor(null);

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a.b.c", "A-Z_a~z+0/9", "abc=", "abc==", "x"})
  void extractWhenCredentialIsToken68ThenTokenIsIt(String credential) {
    TokenExtractor.Extracted extracted = plain.extract(request("Authorization", "Bearer " + credential));

    assertEquals(credential, extracted.token);
    assertNull(extracted.refusal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=abc", "a=b", "a b", "a\u00e9b", "a%20b", "a:b", "a@b"})
  void extractWhenCredentialIsNotToken68ThenMalformed(String credential) {
    TokenExtractor.Extracted extracted = plain.extract(request("Authorization", "Bearer " + credential));

    assertNull(extracted.token);
    assertEquals(AuthResult.SignedOut.REASON_AUTHORIZATION_MALFORMED, extracted.refusal.reason());
  }

  @Test
  void extractWhenHeaderTrailingWhitespaceThenIgnored() {
    assertEquals("abc", plain.extract(request("Authorization", "Bearer abc \t")).token);
  }

  @Test
  void extractWhenOnlyQueryLikeHeadersThenMissing() {
    TokenExtractor.Extracted extracted = plain.extract(request("X-Original-URI", "/api?__session=abc&token=abc",
        "Referer", "https://app.example.com/?__clerk_db_jwt=abc"));

    assertNull(extracted.token);
    assertEquals(AuthResult.SignedOut.REASON_SESSION_TOKEN_MISSING, extracted.refusal.reason());
  }

  @Test
  void extractWhenSuffixConfiguredThenSuffixedCookiePreferredWherever() {
    TokenExtractor suffixed = new TokenExtractor("sfx12345");

    assertEquals("s", suffixed.extract(request("Cookie", "__session=p; __session_sfx12345=s")).token);
    assertEquals("p", suffixed.extract(request("Cookie", "__session=p; __session_other123=o")).token);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"abc", "a.b.c", "A-Z_a~z+/09", "abc=", "abc==", "x="})
  void isToken68WhenRfc7235CharactersThenTrue(String value) {
    org.junit.jupiter.api.Assertions.assertTrue(TokenExtractor.isToken68(value));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "=", "==", "a=b", "a b", "a,b", "a\"b", "\u00e9",
      "a\tb", "a;"})
  void isToken68WhenAnyOtherCharacterOrOnlyPaddingThenFalse(String value) {
    org.junit.jupiter.api.Assertions.assertFalse(TokenExtractor.isToken68(value));
  }
}
