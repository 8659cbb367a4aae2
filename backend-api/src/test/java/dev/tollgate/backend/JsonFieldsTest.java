package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static JsonFields parse(String json) {
    return JsonFields.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0 | 0", "-5 | -5", "1700000000123 | 1700000000123", "9223372036854775807 | 9223372036854775807",
      "-9223372036854775808 | -9223372036854775808", "1.0 | 1", "1.7e12 | 1700000000000", "0.0e0 | 0",
      "-2.50e1 | -25",
  })
  void requireIntegerWhenIntegralThenValue(String number, long expected) {
    assertEquals(expected, parse("{\"n\":" + number + "}").requireInteger("n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1e-3", "0.1"})
  void requireIntegerWhenFractionThenMustBeAnInteger(String number) {
    JsonShapeException error = assertThrows(JsonShapeException.class,
        () -> parse("{\"n\":" + number + "}").requireInteger("n"));

    assertEquals("\"n\" must be an integer", error.getMessage());
    assertEquals("n", error.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e19", "1e999999999"})
  void requireIntegerWhenBeyond64BitsThenOutOfRange(String number) {
    JsonShapeException error = assertThrows(JsonShapeException.class,
        () -> parse("{\"n\":" + number + "}").requireInteger("n"));

    assertEquals("\"n\" is out of the 64-bit range", error.getMessage());
  }

  @Test
  void optionalStringWhenAbsentOrNullThenNull() {
    JsonFields json = parse("{\"a\":null}");

    assertNull(json.optionalString("a"));
    assertNull(json.optionalString("b"));
  }

  @Test
  void ofWhenNestedThenPathsAreDotted() {
    JsonFields nested = JsonFields.of(parse("{\"a\":{\"b\":{}}}").optionalRawObject("a"), "a");
    JsonFields deeper = nested.optionalObject("b");

    assertEquals("a.b.c", deeper.path("c"));
    assertEquals("\"a.b.c\" must be a boolean",
        assertThrows(JsonShapeException.class, () -> parse("{\"a\":{\"b\":{\"c\":1}}}")
            .optionalObject("a").optionalObject("b").requireBoolean("c")).getMessage());
  }

  @Test
  void unknownMembersWhenSomeAreKnownThenOthersInDocumentOrder() {
    JsonFields json = parse("{\"z\":1,\"known\":2,\"a\":[true]}");

    Map<String, Object> unknown = json.unknownMembers(Set.of("known"));

    assertEquals(java.util.List.of("z", "a"), java.util.List.copyOf(unknown.keySet()));
  }

  @Test
  void parseWhenDuplicateMemberOrBadUtf8ThenNotStrictJson() {
    byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0x80, '"', '}'};

    assertThrows(JsonShapeException.class, () -> parse("{\"a\":1,\"a\":2}"));
    assertThrows(JsonShapeException.class, () -> JsonFields.parse(badUtf8));
  }
}
