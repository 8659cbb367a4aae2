package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {

  private static byte[] decode(String text) {
    return Base64Url.decode(text, 0, text.length());
  }

  @Test
  void decodeWhenInputIsAnyCanonicalEncodingThenMatchesTheJdk() {
    Random random = new Random(42);
    for (int length = 0; length < 300; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      assertArrayEquals(bytes, decode(encoded), "length " + length);
    }
  }

  @Test
  void decodeWhenRangeIsASliceThenOnlyTheSliceIsDecoded() {
    assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), Base64Url.decode("xxaGVsbG8yy", 2, 9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aGVsbG8=", "aGVsbA==", "aGVs bG8", "aGVs\nbG8", "aGVs+G8", "aGVs/G8", "a", "aGVsb",
      "aGV\u00e9", "aGV\u0080", "aGV\u007f"})
  void decodeWhenInputIsNotStrictBase64UrlThenNull(String text) {
    assertNull(decode(text));
  }

  @Test
  void decodeWhenACharacterAliasesAnAlphabetByteThenStillInvalid() {
    // U+0141 and U+0161 have the low bytes of 'A' and 'a': a byte-wise copy alone would accept them.
    assertNull(decode("aGVs\u0141G8"));
    assertNull(decode("\u0161GVsbG8"));
  }

  @Test
  void decodeWhenSegmentIsLongThenDecodedWhole() {
    byte[] bytes = new byte[10_000];
    new Random(7).nextBytes(bytes);
    assertArrayEquals(bytes, decode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aGVsbG9", "aGVsbB", "QR", "QUF"})
  void decodeWhenUnusedTrailingBitsAreSetThenNull(String nonCanonical) {
    assertNull(decode(nonCanonical));
  }

  @Test
  void decodeWhenOnlyOneCharacterOfAShortTailIsInvalidThenNull() {
    assertNull(decode("*A"), "invalid first of two");
    assertNull(decode("AAAA*A"), "invalid first of a two-character tail after a full group");
    assertNull(decode("*AA"), "invalid first of three");
  }

  @Test
  void decodeWhenShortTailIsAllZeroBitsThenZeroBytes() {
    assertArrayEquals(new byte[] {0}, decode("AA"));
    assertArrayEquals(new byte[] {0, 0}, decode("AAA"));
  }

  @Test
  void decodeWhenAFullQuadIsAllZeroBitsThenThreeZeroBytes() {
    assertArrayEquals(new byte[] {0, 0, 0}, decode("AAAA"), "AAAA");
    assertArrayEquals(new byte[] {0, 0, 0, 'x'}, decode("AAAAeA"), "AAAA then a tail");
  }

  @Test
  void decodeIntoWhenBufferIsLargerThenWritesTheBytesAtItsStartAndSaysHowMany() {
    byte[] out = new byte[16];
    Arrays.fill(out, (byte) '#');

    int written = Base64Url.decodeInto("xxaGVsbG8yy", 2, 9, out);

    assertEquals(5, written, "bytes written");
    assertArrayEquals("hello###".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(out, 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aGVsbG8=", "aGVs\u0141G8", "aGVsbG9", "a"})
  void decodeIntoWhenInputIsNotStrictBase64UrlThenMinusOne(String text) {
    assertEquals(-1, Base64Url.decodeInto(text, 0, text.length(), new byte[16]));
  }

  @Test
  void decodedLengthWhenLengthIsPossibleThenBytesElseMinusOne() {
    for (int length = 0; length < 50; length++) {
      int expected = length % 4 == 1 ? -1 : length * 6 / 8;
      assertEquals(expected, Base64Url.decodedLength(length), "length " + length);
    }
  }
}
