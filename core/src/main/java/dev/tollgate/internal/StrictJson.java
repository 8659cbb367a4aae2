package dev.tollgate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object strictly (RFC 8259 with the I-JSON rules of RFC 7493 that matter for JOSE): strict
 * UTF-8, no comments or other leniency, no trailing content, no duplicate member names at any depth, and at
 * most {@value #MAX_DEPTH} levels of nesting, so hostile input is rejected quickly and never recurses deeply.
 *
 * <p>Objects become unmodifiable maps in member order ({@link JsonObject}), arrays unmodifiable lists, integers {@link Long} or
 * {@link java.math.BigInteger}, fractions {@link java.math.BigDecimal}, JSON {@code null} Java {@code null}.
 * Thread-safe.
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

  private StrictJson() {}

  /**
   * Parses {@code utf8} as one JSON object.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  public static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8) {
    if (!Utf8.isStrictJsonText(utf8)) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(utf8)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, @Nullable Object> object = readObject(parser, 1);
      if (object == null || parser.nextToken() != null) {
        return null;
      }
      return object;
    } catch (IOException | RuntimeException malformed) {
      // Jackson reports syntax and constraint violations as exceptions; for us they all mean "not JSON".
      return null;
    }
  }

  private static @Nullable Map<String, @Nullable Object> readObject(JsonParser parser, int depth) throws IOException {
    JsonObject.Builder members = new JsonObject.Builder(depth == 1 ? 16 : 4);
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Object value = readValue(parser, parser.nextToken(), depth);
      if (value == INVALID || !members.add(name, value)) {
        return null;
      }
    }
    return token == JsonToken.END_OBJECT ? members.build() : null;
  }

  private static @Nullable Object readArray(JsonParser parser, int depth) throws IOException {
    ArrayList<@Nullable Object> elements = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      Object value = readValue(parser, token, depth);
      if (value == INVALID) {
        return INVALID;
      }
      elements.add(value);
    }
    return Collections.unmodifiableList(elements);
  }

  private static final Object INVALID = new Object();

  private static @Nullable Object readValue(JsonParser parser, @Nullable JsonToken token, int depth)
      throws IOException {
    if (token == null) {
      return INVALID;
    }
    switch (token) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      case START_OBJECT: {
        if (depth >= MAX_DEPTH) {
          return INVALID;
        }
        Map<String, @Nullable Object> object = readObject(parser, depth + 1);
        return object == null ? INVALID : object;
      }
      case START_ARRAY:
        if (depth >= MAX_DEPTH) {
          return INVALID;
        }
        return readArray(parser, depth + 1);
      default:
        return INVALID;
    }
  }
}
