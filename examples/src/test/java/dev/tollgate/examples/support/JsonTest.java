package dev.tollgate.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writeWhenObjectWithArrayThenCompactJson() {
    String json = Json.write(out -> {
      out.writeStartObject();
      out.writeStringField("a", "é\"");
      Json.writeStrings(out, "list", List.of("x", "y"));
      out.writeEndObject();
    });

    assertEquals("{\"a\":\"é\\\"\",\"list\":[\"x\",\"y\"]}", json);
  }

  @Test
  void parseWhenNestedDocumentThenPlainJavaValues() {
    Map<String, Object> parsed = Json.parseObject("{\"n\":1,\"f\":1.5,\"t\":true,\"z\":null,\"o\":{\"l\":[\"a\",2]}}");

    assertEquals(1L, parsed.get("n"));
    assertEquals(1.5, parsed.get("f"));
    assertEquals(Boolean.TRUE, parsed.get("t"));
    assertNull(parsed.get("z"));
    assertEquals(Map.of("l", List.of("a", 2L)), parsed.get("o"));
  }

  @Test
  void parseWhenMalformedOrTruncatedThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1} trailing"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[1]"));
  }

  @Test
  void parseWhenNestedTooDeepThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(40) + "]".repeat(40)));
  }
}
