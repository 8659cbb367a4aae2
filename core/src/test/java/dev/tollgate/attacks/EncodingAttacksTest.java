package dev.tollgate.attacks;

import static dev.tollgate.attacks.Targets.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed token text: wrong segment counts, lenient base64, duplicate JSON members, bad UTF-8, oversized
 * and deeply nested input. Each is {@code token-invalid} (or {@code token-too-large}), validly signed or not,
 * so a parser differential can never turn into acceptance.
 */
class EncodingAttacksTest {

  private static final PrivateKey KEY = TestKeys.PRIMARY.getPrivate();
  private final SessionVerifier verifier = Targets.networkless();

  private static String header() {
    return "{\"alg\":\"RS256\",\"kid\":\"" + TestTokens.KID + "\",\"typ\":\"JWT\"}";
  }

  private static String payload() {
    return Json.write(TestTokens.token().claims());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 5})
  void verifyWhenSegmentCountIsNotThreeThenInvalid(int segments) {
    String[] parts = TestTokens.token().build().split("\\.");
    StringBuilder token = new StringBuilder(parts[0]);
    for (int i = 1; i < segments; i++) {
      token.append('.').append(parts[Math.min(i, 2)]);
    }
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "...", "a.b.c"})
  void verifyWhenTokenIsDegenerateThenInvalid(String token) {
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token);
  }

  @Test
  void verifyWhenSegmentsCarryBase64PaddingThenInvalid() {
    // A header whose length is not a multiple of 3 needs padding in standard base64; JWS forbids it.
    String filler = "1";
    while (("{\"alg\":\"RS256\",\"kid\":\"ins_test_primary\",\"x\":\"" + filler + "\"}").length() % 3 != 1) {
      filler += "1";
    }
    byte[] headerBytes = ("{\"alg\":\"RS256\",\"kid\":\"ins_test_primary\",\"x\":\"" + filler + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    String valid = TestTokens.signRaw(headerBytes, payload().getBytes(StandardCharsets.UTF_8), KEY, "SHA256withRSA");
    String[] parts = valid.split("\\.");
    String padded = parts[0] + "=".repeat((4 - parts[0].length() % 4) % 4);

    assertEquals(true, padded.endsWith("="), "the test header must need padding");
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, padded + "." + parts[1] + "." + parts[2]);
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, parts[0] + "." + parts[1] + "." + parts[2] + "==");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "\n", "\r\n"})
  void verifyWhenWhitespaceIsAnywhereThenInvalid(String space) {
    String token = TestTokens.token().build();
    int middle = token.indexOf('.') + 5;

    assertRejected(RejectionReason.TOKEN_INVALID, verifier, space + token);
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token + space);
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token.substring(0, middle) + space
        + token.substring(middle));
  }

  @Test
  void verifyWhenStandardBase64AlphabetIsUsedThenInvalid() {
    String[] parts = TestTokens.token().build().split("\\.");

    for (String standardOnly : new String[] {"+", "/"}) {
      assertRejected(RejectionReason.TOKEN_INVALID, verifier,
          parts[0] + "." + parts[1] + "." + standardOnly + parts[2].substring(1));
      assertRejected(RejectionReason.TOKEN_INVALID, verifier,
          standardOnly + parts[0].substring(1) + "." + parts[1] + "." + parts[2]);
    }
  }

  @Test
  void verifyWhenLastCharacterHasNonZeroUnusedBitsThenInvalid() {
    String token = TestTokens.token().build();
    String[] parts = token.split("\\.");
    // 256 signature bytes encode to 342 characters: the last one carries 4 unused bits, which must be zero.
    assertEquals(342, parts[2].length());
    char last = parts[2].charAt(341);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char sibling = alphabet.charAt(alphabet.indexOf(last) | 1);

    assertRejected(RejectionReason.TOKEN_INVALID, verifier,
        parts[0] + "." + parts[1] + "." + parts[2].substring(0, 341) + sibling);
  }

  @Test
  void verifyWhenNonAsciiCharactersAppearThenInvalid() {
    String token = TestTokens.token().build();
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token.replaceFirst("e", "\u00e9"));
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, token.replaceFirst("e", "\u0435"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"alg\":\"none\",\"alg\":\"RS256\",\"kid\":\"ins_test_primary\"}",
      "{\"alg\":\"RS256\",\"kid\":\"other\",\"kid\":\"ins_test_primary\"}",
  })
  void verifyWhenHeaderHasDuplicateMembersThenInvalidEvenIfSigned(String header) {
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header, payload(), KEY));
  }

  @Test
  void verifyWhenPayloadHasDuplicateMembersThenInvalidEvenIfSigned() {
    String payload = payload();
    String duplicateSub = payload.substring(0, payload.length() - 1) + ",\"sub\":\"user_admin\"}";
    String nestedDuplicate = payload.substring(0, payload.length() - 1)
        + ",\"act\":{\"sub\":\"user_a\",\"sub\":\"user_b\"}}";

    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), duplicateSub, KEY));
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), nestedDuplicate, KEY));
  }

  @Test
  void verifyWhenAClaimEscapesALoneSurrogateThenInvalidEvenIfSigned() {
    String payload = payload();
    String loneInSub = payload.replace("\"sub\":\"" + TestTokens.USER_ID + "\"",
        "\"sub\":\"" + TestTokens.USER_ID + "\\ud800\"");
    String loneInName = payload.substring(0, payload.length() - 1) + ",\"\\udc00x\":1}";

    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), loneInSub, KEY));
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), loneInName, KEY));
  }

  @Test
  void verifyWhenPayloadIsNotStrictUtf8ThenInvalidEvenIfSigned() {
    byte[] header = header().getBytes(StandardCharsets.UTF_8);
    String payload = payload();
    String prefix = payload.substring(0, payload.length() - 1) + ",\"name\":\"";
    byte[][] badStrings = {
        {(byte) 0xff},                                 // never valid
        {(byte) 0xc0, (byte) 0xaf},                    // overlong '/'
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80},       // lone surrogate U+D800
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0xe2, (byte) 0x82},                    // truncated
        {0x00},                                        // raw NUL
    };
    for (byte[] bad : badStrings) {
      byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
      byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[start.length + bad.length + end.length];
      System.arraycopy(start, 0, bytes, 0, start.length);
      System.arraycopy(bad, 0, bytes, start.length, bad.length);
      System.arraycopy(end, 0, bytes, start.length + bad.length, end.length);
      assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header, bytes, KEY, "SHA256withRSA"));
    }
  }

  @Test
  void verifyWhenJsonHasByteOrderMarkOrUtf16ThenInvalidEvenIfSigned() {
    byte[] payload = payload().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[payload.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(payload, 0, withBom, 3, payload.length);
    byte[] header = header().getBytes(StandardCharsets.UTF_8);

    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header, withBom, KEY, "SHA256withRSA"));
    assertRejected(RejectionReason.TOKEN_INVALID, verifier,
        TestTokens.signRaw(header().getBytes(StandardCharsets.UTF_16LE), payload, KEY, "SHA256withRSA"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "1", "null", "{} {}", "{\"a\":1,}", "{'a':1}", "{\"a\":01}",
      "{\"a\":NaN}", "{/*c*/\"a\":1}"})
  void verifyWhenPayloadIsNotOneStrictJsonObjectThenInvalid(String payload) {
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), payload, KEY));
  }

  @Test
  void verifyWhenTokenIs64KibOr1MibThenTooLargeBeforeDecoding() {
    String token = TestTokens.token().build();
    String big = token + "A".repeat(64 * 1024 - token.length() + 1);
    String huge = "A".repeat(1024 * 1024) + "." + "A".repeat(10) + ".A";

    assertRejected(RejectionReason.TOKEN_TOO_LARGE, verifier, big);
    assertRejected(RejectionReason.TOKEN_TOO_LARGE, verifier, huge);
    assertRejected(RejectionReason.TOKEN_TOO_LARGE, Targets.base().maxTokenLength(65536)
        .jwtKey(TestKeys.primaryPem()).build(), huge);
  }

  @Test
  void verifyWhenPayloadIsNestedThousandsDeepThenInvalidWithoutStackOverflow() {
    // Sized to stay under the 8 KiB token limit after base64, so nesting (not size) is what is rejected.
    String deepArrays = "{\"a\":" + "[".repeat(2500) + "]".repeat(2500) + "}";
    String deepObjects = "{" + "\"a\":{".repeat(700) + "}".repeat(700) + "}";
    SessionVerifier roomy = Targets.base().maxTokenLength(65536)
        .jwtKey(TestKeys.primaryPem()).build();
    String deepest = "{\"a\":" + "[".repeat(20000) + "]".repeat(20000) + "}";

    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), deepArrays, KEY));
    assertRejected(RejectionReason.TOKEN_INVALID, verifier, TestTokens.signRaw(header(), deepObjects, KEY));
    assertRejected(RejectionReason.TOKEN_INVALID, roomy, TestTokens.signRaw(header(), deepest, KEY));
  }

  @Test
  void verifyWhenNestingIsWithinLimitThenAccepted() throws Exception {
    String payload = payload();
    String nested = payload.substring(0, payload.length() - 1) + ",\"meta\":" + "[".repeat(10) + "1" + "]".repeat(10)
        + "}";

    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.signRaw(header(), nested, KEY)).userId());
  }
}
