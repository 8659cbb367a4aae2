package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  private static Map<String, Object> parse(String json) {
    return StrictJson.parseObject(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parseObjectWhenValidThenTypesAreMappedInOrder() {
    Map<String, Object> object = parse(
        "{\"s\":\"x\",\"i\":42,\"big\":123456789012345678901234567890,\"f\":1.5,\"t\":true,\"n\":null,"
            + "\"a\":[1,\"b\"],\"o\":{\"k\":\"v\"}}");

    assertEquals(List.of("s", "i", "big", "f", "t", "n", "a", "o"), List.copyOf(object.keySet()));
    assertEquals("x", object.get("s"));
    assertEquals(42L, object.get("i"));
    assertEquals(new BigInteger("123456789012345678901234567890"), object.get("big"));
    assertEquals(new BigDecimal("1.5"), object.get("f"));
    assertEquals(Boolean.TRUE, object.get("t"));
    assertTrue(object.containsKey("n"), () -> "no member n: " + object);
    assertNull(object.get("n"));
    assertEquals(List.of(1L, "b"), object.get("a"));
    assertEquals(Map.of("k", "v"), object.get("o"));
  }

  @Test
  void parseObjectWhenResultIsReturnedThenItIsUnmodifiableAtEveryDepth() {
    Map<String, Object> object = parse("{\"a\":[1],\"o\":{\"k\":1}}");

    assertThrows(UnsupportedOperationException.class, () -> object.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) object.get("a")).add(2));
    assertThrows(UnsupportedOperationException.class, () -> ((Map<String, Object>) object.get("o")).clear());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"o\":{\"k\":1,\"k\":1}}", "{\"a\":[{\"k\":1,\"k\":2}]}",
      "{\"a\":null,\"a\":null}", "{\"sub\":1,\"sub\":2}", "{\"sub\":1,\"s\\u0075b\":2}",
      "{\"s\\u0075b\":1,\"a\":0,\"sub\":2}", "{\"a\":1,\"sub\":0,\"a\":2}", "{\"act\":{\"sid\":1,\"sid\":1}}",
      "{\"org_permissions\":[],\"org_slug\":\"a\",\"org_permissions\":[]}"})
  void parseObjectWhenAnyObjectRepeatsAMemberThenNull(String json) {
    assertNull(parse(json));
  }

  @Test
  void parseObjectWhenAManyMemberObjectRepeatsOneLateThenNull() {
    StringBuilder members = new StringBuilder("{");
    for (int i = 0; i < 100; i++) {
      members.append("\"m").append(i).append("\":").append(i).append(',');
    }
    assertEquals(101, parse(members + "\"m100\":0}").size());
    assertNull(parse(members + "\"m3\":0}"));
    assertNull(parse(members + "\"m99\":0}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "[]", "1", "\"s\"", "{", "{}}", "{} {}", "{\"a\":1,}", "{\"a\" 1}", "{a:1}",
      "{'a':1}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1}//", "{\"a\":\"\t\"}",
      "{\"a\":\"\\x41\"}", "{\"a\":tru}"})
  void parseObjectWhenNotExactlyOneStrictObjectThenNull(String json) {
    assertNull(parse(json));
  }

  @Test
  void parseObjectWhenNestingReachesTheLimitThenNullAndJustBelowItParses() {
    String ok = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1) + "}";
    String deep = "{\"a\":" + "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH) + "}";
    String hostile = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertNotNull(parse(ok));
    assertNull(parse(deep));
    assertNull(parse(hostile));
  }

  @Test
  void parseObjectWhenNumberIsAbsurdlyLongThenNull() {
    char[] digits = new char[1000];
    Arrays.fill(digits, '9');
    assertNull(parse("{\"a\":" + new String(digits) + "}"));
  }

  @Test
  void parseObjectWhenEscapesAreUsedThenTheyAreDecoded() {
    assertEquals("a\"b\\c\u00e9\ud83d\ude00", parse("{\"s\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\"}").get("s"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"s\":\"\\ud800\"}", "{\"s\":\"\\udc00\"}", "{\"s\":\"x\\ud83dy\"}",
      "{\"s\":\"\\ude00\\ud83d\"}", "{\"s\":\"\\ud83d\\ud83d\"}", "{\"\\ud800\":1}",
      "{\"o\":{\"k\":[\"\\udfff\"]}}"})
  void parseObjectWhenAnEscapeLeavesALoneSurrogateThenNull(String json) {
    assertNull(parse(json), "I-JSON (RFC 7493 section 2.1) forbids unpaired surrogates: " + json);
  }

  @Test
  void parseObjectWhenEscapedSurrogatesArePairedThenAcceptedInNamesAndValues() {
    Map<String, Object> object = parse("{\"\\ud83d\\ude00\":[\"x\\ud83d\\ude00y\"]}");

    assertEquals(List.of("x\ud83d\ude00y"), object.get("\ud83d\ude00"));
  }

  @Test
  void parseObjectWhenARangeIsGivenThenOnlyItIsParsed() {
    byte[] bytes = "xx{\"a\":[\"b\"]}yy".getBytes(StandardCharsets.UTF_8);

    assertEquals(Map.of("a", List.of("b")), StrictJson.parseObject(bytes, 2, 11));
    assertNull(StrictJson.parseObject(bytes, 2, 10), "without its closing brace");
    assertNull(StrictJson.parseObject(bytes, 2, 12), "with a trailing byte");
  }

  @Test
  void parsedStringsWhenAParsedArrayHoldsOnlyStringsThenThatArrayElseNull() {
    Map<String, Object> object = parse("{\"s\":[\"a\",\"b\"],\"e\":[],\"m\":[\"a\",1],\"n\":[null],\"x\":\"a\"}");

    assertSame(object.get("s"), StrictJson.parsedStrings(object.get("s")));
    assertEquals(List.of(), StrictJson.parsedStrings(object.get("e")));
    assertNull(StrictJson.parsedStrings(object.get("m")), "a number among the strings");
    assertNull(StrictJson.parsedStrings(object.get("n")), "a null element");
    assertNull(StrictJson.parsedStrings(object.get("x")), "not an array");
    assertNull(StrictJson.parsedStrings(List.of("a")), "an array this class did not parse may be mutable");
    assertNull(StrictJson.parsedStrings(null));
  }
}
