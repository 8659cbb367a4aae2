package dev.tollgate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object strictly (RFC 8259 with the I-JSON rules of RFC 7493 that matter for JOSE): strict
 * UTF-8, no unpaired surrogate, no comments or other leniency, no trailing content, no duplicate member names
 * at any depth, and at most {@value #MAX_DEPTH} levels of nesting, so hostile input is rejected quickly and never
 * recurses deeply.
 *
 * <p>Jackson's streaming parser does the syntax and bounds nesting, numbers, names and strings
 * ({@link StreamReadConstraints}). Two gaps it leaves are closed here: it decodes malformed UTF-8 (an overlong
 * {@code C0 80}, a byte-order mark, code points above U+10FFFF), so the bytes are checked first ({@link Utf8});
 * and it decodes an escape such as <code>"&#92;ud800"</code> into a lone surrogate, which I-JSON forbids (RFC 7493
 * §2.1), so every decoded name and string is checked for one. Duplicate names are refused by
 * {@link JsonObject.Builder} rather than by Jackson's {@code STRICT_DUPLICATE_DETECTION}, which does the same
 * but keeps a {@code HashSet} per object of more than two members: measured on a typical session-token payload,
 * about 1 KB more per parse (2.9 KB against 1.8 KB) on a path whose allocation is benchmarked.
 *
 * <p>Objects become unmodifiable maps in member order ({@link JsonObject}), arrays unmodifiable lists, integers
 * {@link Long} or {@link java.math.BigInteger}, fractions {@link java.math.BigDecimal}, JSON {@code null} Java
 * {@code null}. Thread-safe.
 */
public final class StrictJson {

  /** Deepest nesting accepted, counting the outer object as 1: {@value}. */
  public static final int MAX_DEPTH = 16;

  private static final int MAX_NUMBER_LENGTH = 64;
  private static final int MAX_NAME_LENGTH = 1024;
  private static final int MAX_STRING_LENGTH = 1 << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .build())
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /** Marks a value that makes the whole document invalid. */
  private static final Object INVALID = new Object();

  private StrictJson() {}

  /**
   * Parses {@code utf8} as one JSON object.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  public static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8) {
    return parseObject(utf8, 0, utf8.length);
  }

  /**
   * Parses {@code utf8[offset, offset + length)} as one JSON object. Nothing parsed refers to the bytes, so the
   * caller may reuse them at once.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  public static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8, int offset, int length) {
    if (!Utf8.isStrictJsonText(utf8, offset, length)) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(utf8, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, @Nullable Object> object = readObject(parser, 16);
      if (object == null || parser.nextToken() != null) {
        return null;
      }
      return object;
    } catch (IOException | RuntimeException malformed) {
      // Jackson reports syntax and constraint violations as exceptions; for us they all mean "not JSON".
      return null;
    }
  }

  /** @param capacity members expected: a token's claims are about a dozen, nested objects a few */
  private static @Nullable Map<String, @Nullable Object> readObject(JsonParser parser, int capacity)
      throws IOException {
    JsonObject.Builder members = new JsonObject.Builder(capacity);
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Object value = readValue(parser, parser.nextToken());
      if (value == INVALID || hasLoneSurrogate(name) || !members.add(name, value)) {
        return null;
      }
    }
    return token == JsonToken.END_OBJECT ? members.build() : null;
  }

  private static @Nullable Object readArray(JsonParser parser) throws IOException {
    JsonArray.Builder elements = new JsonArray.Builder();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      Object value = readValue(parser, token);
      if (value == INVALID) {
        return INVALID;
      }
      elements.add(value);
    }
    return elements.build();
  }

  /**
   * A parsed array of strings as it is: parsed arrays are immutable, so a caller keeping one needs no copy.
   *
   * @param value a value as {@link #parseObject} produces it
   * @return the array, if {@code value} is an array this class parsed and every element is a string, else
   *     {@code null} (not an {@code Optional}: this runs once per verification and allocates nothing)
   */
  @SuppressWarnings("unchecked") // every element was checked to be a String
  public static @Nullable List<String> parsedStrings(@Nullable Object value) {
    return value instanceof JsonArray array && array.allStrings() ? (List<String>) (List<?>) array : null;
  }

  private static @Nullable Object readValue(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      return INVALID;
    }
    return switch (token) {
      case VALUE_STRING -> {
        String text = parser.getText();
        yield hasLoneSurrogate(text) ? INVALID : text;
      }
      case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      case START_OBJECT -> {
        Map<String, @Nullable Object> object = readObject(parser, 4);
        yield object == null ? INVALID : object;
      }
      case START_ARRAY -> readArray(parser);
      default -> INVALID;
    };
  }

  /**
   * Whether {@code text} holds a surrogate that is not part of a high-low pair. Raw UTF-8 cannot carry one past
   * {@link Utf8}, so only a <code>&#92;u</code> escape can.
   */
  static boolean hasLoneSurrogate(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isLowSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++; // the low half of a valid pair
      }
    }
    return false;
  }
}
