package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
}
