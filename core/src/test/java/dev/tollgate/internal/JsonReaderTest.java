package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonReader} against the Jackson-based parser it replaced ({@link JacksonStrictJsonOracle}): on generated
 * documents full of the edges (numbers at the length bound, escapes, surrogates, nesting at the limit, control
 * characters, non-ASCII) and on byte-level mutations of them, both must give the same answer, value for value and
 * type for type, or both refuse.
 */
class JsonReaderTest {

  private static final long SEED = 0x70113a7eL;
  private static final int DOCUMENTS = 40_000;
  private static final int MUTATIONS_PER_DOCUMENT = 6;

  private static final String[] NAMES = {"sub", "sid", "iss", "azp", "exp", "org_permissions", "", "a", "\u00e9",
      "k", "\\u0073ub", "\\ud83d\\ude00", "x\\ny", "\\\"", "\u00fc\u00df", "\ud83d\ude00", "ke\\/y"};
  private static final String[] BAD_NAMES = {"\\ud800", "\\x", "\t", "a\\"};
  private static final String[] STRINGS = {"", "active", "user_2abc", "https://clerk.example.com", "\\n\\t\\r\\b\\f",
      "\\u0000", "\\u00e9", "\\uD83D\\uDE00", "caf\u00e9", "\u20ac", "\\/", "\u007f", "\ud83d\ude00"};
  private static final String[] BAD_STRINGS = {"\\udc00", "\\ud83d", "\\x41", "\\'", "\\u12", "\\u12g4", "\t",
      "a\\", "\\ude00\\ud83d"};
  private static final String[] NUMBERS = {"0", "-0", "1", "-1", "42", "1.5", "1.50", "1e5", "1E+5", "1e-5",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "999999999999999999", "1000000000000000000", "1e999999999", "2.5e3", "0.0", "-0.0e-0"};
  private static final String[] BAD_NUMBERS = {"01", "-01", "1.", ".5", "1e", "1e+", "-", "+1", "0x10",
      "1e9999999999", "1.0e-2147483649", "NaN", "Infinity", "-Infinity", "tru", "nul", "True"};
  private static final String[] WHITE_SPACE = {"", "", " ", "\n", "\r\n", "\t"};
  private static final String[] BAD_WHITE_SPACE = {"\f", "\u000b", "\u00a0", "\u0001"};
  private static final String[] NOISE = {" ", ",", ":", "{", "}", "[", "]", "\"", "\\", "/", "*", "0", "-", "+",
      ".", "e", "u", "t", "n", "'", "\u0001", "\u001f", "\u007f", "\u00e9", "\ud83d\ude00", "//", "/**/", "\f",
      "\n"};

  private final SplittableRandom random = new SplittableRandom(SEED);

  @Test
  void readDocumentWhenGeneratedOrMutatedThenSameAnswerAsTheJacksonParser() {
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      String document = document();
      accepted += check(document) ? 1 : 0;
      for (int m = 0; m < MUTATIONS_PER_DOCUMENT; m++) {
        if (check(mutate(document))) {
          accepted++;
        } else {
          refused++;
        }
      }
    }
    // Both sides of the grammar must be exercised, or agreeing proves little.
    int total = DOCUMENTS * (MUTATIONS_PER_DOCUMENT + 1);
    int acceptedCount = accepted;
    assertTrue(accepted > total / 10 && refused > total / 10,
        () -> "the generator is lopsided: " + acceptedCount + " of " + total + " accepted");
  }

  @Test
  void readDocumentWhenNumbersAndNamesReachTheirBoundsThenSameAnswerAsTheJacksonParser() {
    for (int digits = 60; digits <= 68; digits++) {
      String integer = "1".repeat(digits);
      check("{\"n\":" + integer + "}");
      check("{\"n\":-" + integer + "}");
      for (int split = 1; split < digits; split += 7) {
        check("{\"n\":" + integer.substring(0, split) + "." + integer.substring(split) + "}");
        check("{\"n\":" + integer.substring(0, split) + "e" + integer.substring(split, Math.min(digits, split + 3))
            + "}");
        check("{\"n\":1." + "0".repeat(split) + "e" + "1".repeat(digits - split - 1) + "}");
      }
    }
    for (int length = 1020; length <= 1028; length++) {
      check("{\"" + "n".repeat(length) + "\":1}");
      check("{\"" + "\u00e9".repeat(length / 2) + "\":1}");
      check("{\"" + "\\u0041".repeat(length) + "\":1}");
      check("{\"" + "a".repeat(length - 6) + "\\ud83d\\ude00\":1}");
      check("{\"" + "a".repeat(length - 4) + "\ud83d\ude00\":1}");
      check("{\"" + "\\ud83d\\ude00".repeat(length / 6) + "\":1}");
      check("{\"" + "\\u00e9".repeat(length / 2) + "x\":1}");
    }
    for (int depth = 14; depth <= 18; depth++) {
      check("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
      check("{\"a\":" + "{\"b\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
    }
  }

  @Test
  void readDocumentWhenAMemberNameIsWellKnownThenTheSharedStringIsReturned() {
    Map<String, @Nullable Object> first = parse("{\"sub\":\"user_1\",\"custom\":1}");
    Map<String, @Nullable Object> second = parse("{\"sub\":\"user_2\",\"custom\":2}");

    assertSame(name(first, 0), name(second, 0), "a well-known name should be one shared string");
    assertEquals("custom", name(second, 1));
    assertEquals(Map.of("s\u0075b", "x"), parse("{\"s\\u0075b\":\"x\"}"), "an escaped name decodes as any other");
    assertSame(name(first, 0), name(parse("{\"s\\u0075b\":\"x\"}"), 0),
        "a well-known name spelled with an escape should be the shared string too");
    assertEquals(Map.of("sub", 1L, "sid", 2L, "a", 3L, "b", 4L),
        parse("{\"sub\":1,\"sid\":2,\"a\":3,\"b\":4}"), "distinct names of both kinds are all kept");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"n\":-9223372036854775808}", "{\"n\":9223372036854775807}"})
  void readDocumentWhenAnIntegerIsAtTheEdgeOfLongThenLong(String json) {
    assertEquals(Long.class, valueClass(json), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"n\":-9223372036854775809}", "{\"n\":9223372036854775808}"})
  void readDocumentWhenAnIntegerIsJustPastLongThenBigInteger(String json) {
    assertEquals(BigInteger.class, valueClass(json), json);
  }

  @Test
  void readDocumentWhenAFractionOrExponentIsGivenThenBigDecimalWithItsScale() {
    assertEquals(new BigDecimal("1.50"), parse("{\"n\":1.50}").get("n"));
    assertEquals(new BigDecimal("1E+5"), parse("{\"n\":1e5}").get("n"));
    assertNull(parse("{\"n\":1e9999999999}"), "an exponent beyond BigDecimal's scale");
  }

  private static Class<?> valueClass(String json) {
    Object value = parse(json).get("n");
    assertNotNull(value, json);
    return value.getClass();
  }

  private static String name(Map<String, @Nullable Object> object, int index) {
    return List.copyOf(object.keySet()).get(index);
  }

  private static Map<String, @Nullable Object> parse(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new JsonReader(bytes, 0, bytes.length).readDocument();
  }

  /** @return whether the document was accepted (by both) */
  private static boolean check(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Map<String, @Nullable Object> expected = JacksonStrictJsonOracle.parseObject(bytes);
    Map<String, @Nullable Object> actual = StrictJson.parseObject(bytes);
    assertEquals(describe(expected), describe(actual), () -> "the parsers differ on " + printable(document));
    return actual != null;
  }

  /** The value with the type of every part, so 1 (Long) and 1 (BigInteger) differ, and 1.5 and 1.50 differ. */
  private static String describe(@Nullable Object value) {
    if (value instanceof Map<?, ?> object) {
      StringBuilder text = new StringBuilder("{");
      object.forEach((name, member) -> text.append(describe(name)).append(':').append(describe(member)).append(','));
      return text.append('}').toString();
    }
    if (value instanceof List<?> array) {
      StringBuilder text = new StringBuilder("[");
      array.forEach(element -> text.append(describe(element)).append(','));
      return text.append(']').toString();
    }
    if (value instanceof BigDecimal decimal) {
      return "BigDecimal(" + decimal.unscaledValue() + "e" + -decimal.scale() + ")";
    }
    return value == null ? "null" : value.getClass().getSimpleName() + "(" + printable(value.toString()) + ")";
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
    return out.length() > 300 ? out.substring(0, 300) + "... (" + text.length() + " characters)" : out.toString();
  }

  private String document() {
    return space() + object(0) + space();
  }

  private String object(int depth) {
    StringBuilder text = new StringBuilder("{");
    int members = random.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(space()).append('"').append(pick(NAMES, BAD_NAMES)).append(i % 3 == 0 ? "" : i).append('"')
          .append(space()).append(':').append(space()).append(value(depth + 1));
    }
    return text.append('}').toString();
  }

  private String value(int depth) {
    int kind = random.nextInt(depth > 18 ? 5 : 8);
    switch (kind) {
      case 0, 1:
        return "\"" + pick(STRINGS, BAD_STRINGS) + "\"";
      case 2, 3:
        return pick(NUMBERS, BAD_NUMBERS);
      case 4:
        return pick(new String[] {"true", "false", "null"});
      case 5:
        return object(depth);
      default:
        StringBuilder array = new StringBuilder("[");
        int elements = random.nextInt(4);
        for (int i = 0; i < elements; i++) {
          array.append(i > 0 ? "," : "").append(space()).append(value(depth + 1));
        }
        return array.append(']').toString();
    }
  }

  private String mutate(String document) {
    if (document.isEmpty()) {
      return pick(NOISE);
    }
    int at = random.nextInt(document.length());
    return switch (random.nextInt(4)) {
      case 0 -> document.substring(0, at) + pick(NOISE) + document.substring(at);
      case 1 -> document.substring(0, at) + document.substring(Math.min(document.length(), at + 1));
      case 2 -> document.substring(0, at) + pick(NOISE) + document.substring(Math.min(document.length(), at + 1));
      default -> document.substring(0, at);
    };
  }

  private String space() {
    return pick(WHITE_SPACE, BAD_WHITE_SPACE);
  }

  /** @return one of {@code usual}, or one of {@code rare} once in about a hundred picks */
  private String pick(String[] usual, String[] rare) {
    return random.nextInt(100) == 0 ? pick(rare) : pick(usual);
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
