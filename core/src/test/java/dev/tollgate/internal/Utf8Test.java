package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

  @Test
  void isStrictJsonTextWhenTextHasEveryEncodedLengthThenTrue() {
    String text = "{\"a\":\"ascii \u00e9 \u20ac \ud83d\ude00 \uffff \u0800 \u10ffff\"}";
    assertTrue(Utf8.isStrictJsonText(text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(Utf8.isStrictJsonText(new byte[0]));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "efbbbf7b7d",     // byte-order mark
      "7b00",           // NUL
      "c0af",           // overlong '/'
      "e08080",         // overlong 3-byte
      "f0808080",       // overlong 4-byte
      "eda080",         // UTF-16 surrogate
      "f4908080",       // above U+10FFFF
      "f5808080",       // invalid lead byte
      "80",             // lone continuation
      "e282",           // truncated
      "c328",           // bad continuation
      "fe", "ff",
  })
  void isStrictJsonTextWhenBytesAreNotStrictUtf8ThenFalse(String hex) {
    assertFalse(Utf8.isStrictJsonText(HexFormat.of().parseHex(hex)));
  }

  @Test
  void isStrictJsonTextWhenARangeIsGivenThenOnlyItsBytesCount() {
    byte[] bytes = HexFormat.of().parseHex("ff" + "7be282ac7d" + "ff");

    assertTrue(Utf8.isStrictJsonText(bytes, 1, 5), "the invalid bytes around the range are not read");
    assertFalse(Utf8.isStrictJsonText(bytes, 0, 6), "a range starting at an invalid byte");
    assertFalse(Utf8.isStrictJsonText(bytes, 1, 3), "a sequence cut by the end of the range is truncated");
    assertFalse(Utf8.isStrictJsonText(HexFormat.of().parseHex("20efbbbf7b7d"), 1, 5), "a byte-order mark at its start");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "80", "c0af", "eda080", "f4908080", "e282", "c328", "fe"})
  void isStrictJsonTextWhenAnInvalidSequenceSitsAnywhereInALongAsciiRunThenFalse(String hex) {
    byte[] invalid = HexFormat.of().parseHex(hex);
    for (int offset = 0; offset < 4; offset++) {
      for (int at = 0; at <= 24; at++) {
        byte[] bytes = asciiRun(offset + 32 + invalid.length);
        System.arraycopy(invalid, 0, bytes, offset + at, invalid.length);
        assertFalse(Utf8.isStrictJsonText(bytes, offset, 32 + invalid.length),
            hex + " at " + at + " of a range starting at " + offset + " was accepted");
      }
    }
  }

  @Test
  void isStrictJsonTextWhenAValidSequenceSitsAnywhereInALongAsciiRunThenTrue() {
    byte[] valid = "\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at <= 24; at++) {
      byte[] bytes = asciiRun(32 + valid.length);
      System.arraycopy(valid, 0, bytes, at, valid.length);
      assertTrue(Utf8.isStrictJsonText(bytes), "valid UTF-8 at " + at + " was refused");
    }
  }

  @Test
  void isStrictJsonTextWhenBytesAreRandomThenItAgreesWithTheJdksStrictDecoder() {
    SplittableRandom random = new SplittableRandom(16);
    // Lead bytes at and around every boundary of RFC 3629's table, each followed by up to three bytes mostly in
    // the continuation range, so overlong forms, surrogates, code points above U+10FFFF and cut sequences all occur.
    byte[] leads = HexFormat.ofDelimiter(" ").parseHex("00 7f 80 bf c0 c1 c2 df e0 e1 ec ed ee ef f0 f1 f3 f4 f5 ff");
    for (int round = 0; round < 20_000; round++) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      int length = random.nextInt(40);
      while (text.size() < length) {
        if (random.nextInt(4) != 0) {
          text.write('a' + random.nextInt(26));
          continue;
        }
        text.write(leads[random.nextInt(leads.length)]);
        for (int following = random.nextInt(4); following > 0; following--) {
          text.write(random.nextInt(8) == 0 ? 'z' : 0x80 + random.nextInt(0x40));
        }
      }
      byte[] bytes = text.toByteArray();
      assertEquals(isStrictByTheJdk(bytes), Utf8.isStrictJsonText(bytes), () -> HexFormat.of().formatHex(bytes));
    }
  }

  /** The JDK's UTF-8 decoder refuses overlong forms, surrogates and code points above U+10FFFF. */
  private static boolean isStrictByTheJdk(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return !text.startsWith("\ufeff");
    } catch (CharacterCodingException invalid) {
      return false;
    }
  }

  private static byte[] asciiRun(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }
}
