package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  static Stream<Arguments> scalars() {
    return Stream.of(
        Arguments.of(null, "null"),
        Arguments.of("text", "\"text\""),
        Arguments.of("", "\"\""),
        Arguments.of(true, "true"),
        Arguments.of(false, "false"),
        Arguments.of(42, "42"),
        Arguments.of(-1, "-1"),
        Arguments.of(Long.MAX_VALUE, "9223372036854775807"),
        Arguments.of(BigInteger.TWO.pow(64), "18446744073709551616"),
        Arguments.of(new BigDecimal("1.50"), "1.50"),
        Arguments.of(1.5d, "1.5"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("scalars")
  void writeWhenScalarThenItsJsonText(Object value, String json) {
    assertEquals(json, Json.write(value), "JSON of " + value);
  }

  @Test
  void writeWhenStringNeedsEscapingThenEscapedAndReadsBackTheSame() {
    String text = "quote\" backslash\\ newline\n tab\t control\u0001 unicode é \u2028 slash/";

    String json = Json.write(text);

    assertEquals("\"quote\\\" backslash\\\\ newline\\n tab\\t control\\u0001 unicode é \u2028 slash/\"", json,
        "escaped JSON");
    assertEquals(text, DecodedToken.json(json), "text read back");
  }

  @Test
  void writeWhenNestedThenCompactInTheMapsOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", List.of(1, "two", false));
    inner.put("a", null);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("sub", "user_1");
    outer.put("o", inner);
    outer.put("list", Arrays.asList(List.of(), Map.of(), null));

    assertEquals("{\"sub\":\"user_1\",\"o\":{\"z\":[1,\"two\",false],\"a\":null},\"list\":[[],{},null]}",
        Json.write(outer), "nested JSON");
  }

  static Stream<Arguments> otherTypes() {
    return Stream.of(
        Arguments.of(1.5f, "java.lang.Float"),
        Arguments.of((short) 1, "java.lang.Short"),
        Arguments.of('c', "java.lang.Character"),
        Arguments.of(new Object(), "java.lang.Object"),
        Arguments.of(Optional.of("x"), "java.util.Optional"),
        Arguments.of(new HashSet<>(Set.of("x")), "java.util.HashSet"),
        Arguments.of(List.of(List.of(new int[0])), "[I"),
        Arguments.of(Map.of("nested", new StringBuilder("x")), "java.lang.StringBuilder"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("otherTypes")
  void writeWhenValueOfAnotherTypeThenRefusedNamingItsClass(Object value, String className) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Json.write(value),
        className);

    assertEquals("cannot write a " + className + " as JSON", refused.getMessage(), "message");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void writeWhenDoubleIsNotFiniteThenRefusedRatherThanWrittenAsAString(double value) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Json.write(List.of(value)), () -> "wrote " + value);

    assertEquals("JSON has no " + value, refused.getMessage(), "message");
  }

  @Test
  void writeWhenMapKeyIsNotAStringThenRefused() {
    Map<Object, Object> nullKey = new HashMap<>();
    nullKey.put(null, 1);

    for (Map<?, ?> map : List.of(Map.of(1, "one"), nullKey, Map.of("outer", Map.of(true, "x")))) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Json.write(map),
          map.toString());
      assertEquals("JSON member names must be strings", refused.getMessage(), "message for " + map);
    }
  }

  @Test
  void copyOfWhenMapsAndListsThenUnmodifiableCopiesKeepingOrderAndNulls() {
    List<Object> list = new ArrayList<>(Arrays.asList("a", null));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", list);
    map.put("a", null);

    Object copy = Json.copyOf(map);
    list.add("b");
    map.put("added", 1);

    assertNotSame(map, copy, "copy");
    assertEquals("{\"z\":[\"a\",null],\"a\":null}", Json.write(copy), "copy after the originals changed");
    assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) copy).clear(), "copy is modifiable");
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) ((Map<?, ?>) copy).get("z")).clear(),
        "nested copy is modifiable");
  }

  @Test
  void copyOfWhenValueOfAnotherTypeThenRefusedAsWriteRefusesIt() {
    assertEquals("cannot write a java.lang.Float as JSON", assertThrows(IllegalArgumentException.class,
        () -> Json.copyOf(List.of(1.5f))).getMessage(), "float in a list");
    assertEquals("JSON member names must be strings", assertThrows(IllegalArgumentException.class,
        () -> Json.copyOf(Map.of(1, "one"))).getMessage(), "integer key");
  }
}
