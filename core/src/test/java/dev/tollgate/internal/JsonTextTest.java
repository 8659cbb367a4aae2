package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void writeValueWhenStrictJsonParsedThenSameTextBack() {
    String text = "{\"s\":\"ä\\\"\",\"t\":true,\"n\":null,\"l\":-7,\"big\":123456789012345678901234567890,"
        + "\"d\":1.50,\"o\":{\"a\":[1,{\"b\":[]}]}}";
    Map<String, Object> parsed = StrictJson.parseObject(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(text, JsonText.write(json -> JsonText.writeValue(json, parsed)));
  }

  @Test
  void writeAsciiWhenNonAsciiThenEscaped() {
    assertEquals("\"\\u00E4\"", JsonText.writeAscii(json -> json.writeString("ä")));
    assertEquals("\"ä\"", JsonText.write(json -> json.writeString("ä")));
  }

  @Test
  void writeValueWhenNotAParsedTypeThenIllegalArgument() {
    IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
        () -> JsonText.write(json -> JsonText.writeValue(json, Map.of("x", 1.5d))));
    assertEquals("not a parsed JSON value: java.lang.Double", rejected.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonText.write(json -> JsonText.writeValue(json,
        Map.of(1, "x"))));
    assertEquals("1", JsonText.write(json -> JsonText.writeValue(json, BigInteger.ONE)));
    assertEquals("2.0", JsonText.write(json -> JsonText.writeValue(json, new BigDecimal("2.0"))));
  }
}
