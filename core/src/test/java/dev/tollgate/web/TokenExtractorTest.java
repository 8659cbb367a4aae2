package dev.tollgate.web;

import static dev.tollgate.web.WebTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tollgate.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenExtractorTest {

  private final TokenExtractor plain = new TokenExtractor(null);

  private static String token(TokenExtractor.Extracted extracted) {
    return assertInstanceOf(TokenExtractor.Found.class, extracted).token();
  }

  private static AuthResult.SignedOut refusal(TokenExtractor.Extracted extracted) {
    return assertInstanceOf(TokenExtractor.Refused.class, extracted).refusal();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a.b.c", "A-Z_a~z+0/9", "abc=", "abc==", "x"})
  void extractWhenCredentialIsToken68ThenTokenIsIt(String credential) {
    TokenExtractor.Extracted extracted = plain.extract(request("Authorization", "Bearer " + credential));

    assertEquals(credential, token(extracted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=abc", "a=b", "a b", "a\u00e9b", "a%20b", "a:b", "a@b"})
  void extractWhenCredentialIsNotToken68ThenMalformed(String credential) {
    TokenExtractor.Extracted extracted = plain.extract(request("Authorization", "Bearer " + credential));

    assertEquals(RejectionReason.AUTHORIZATION_HEADER_MALFORMED, refusal(extracted).reason());
  }

  @Test
  void extractWhenHeaderTrailingWhitespaceThenIgnored() {
    assertEquals("abc", token(plain.extract(request("Authorization", "Bearer abc \t"))));
  }

  @Test
  void extractWhenOnlyQueryLikeHeadersThenMissing() {
    TokenExtractor.Extracted extracted = plain.extract(request("X-Original-URI", "/api?__session=abc&token=abc",
        "Referer", "https://app.example.com/?__clerk_db_jwt=abc"));

    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, refusal(extracted).reason());
  }

  @Test
  void extractWhenSuffixConfiguredThenSuffixedCookiePreferredWherever() {
    TokenExtractor suffixed = new TokenExtractor("__session_sfx12345");

    assertEquals("s", token(suffixed.extract(request("Cookie", "__session=p; __session_sfx12345=s"))));
    assertEquals("p", token(suffixed.extract(request("Cookie", "__session=p; __session_other123=o"))));
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
