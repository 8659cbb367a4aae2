package dev.tollgate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The strict parser as it was before {@link JsonReader} replaced Jackson's streaming parser on the token path,
 * kept verbatim as the oracle for {@link JsonReaderTest}: Jackson for the syntax and the bounds, with
 * {@link Utf8}, the lone-surrogate check and a duplicate-name check closing the gaps Jackson leaves. Its
 * containers are plain collections; only their contents are compared.
 */
final class JacksonStrictJsonOracle {

  /** Deepest nesting accepted, counting the outer object as 1: {@value}. */
  static final int MAX_DEPTH = StrictJson.MAX_DEPTH;

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

  private JacksonStrictJsonOracle() {}

  /**
   * Parses {@code utf8} as one JSON object.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8) {
    return parseObject(utf8, 0, utf8.length);
  }

  /**
   * Parses {@code utf8[offset, offset + length)} as one JSON object. Nothing parsed refers to the bytes, so the
   * caller may reuse them at once.
   *
   * @return the object, or {@code null} if the bytes are not exactly one strictly valid JSON object
   */
  static @Nullable Map<String, @Nullable Object> parseObject(byte[] utf8, int offset, int length) {
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
    Map<String, @Nullable Object> members = new LinkedHashMap<>(capacity);
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Object value = readValue(parser, parser.nextToken());
      if (value == INVALID || StrictJson.hasLoneSurrogate(name) || members.containsKey(name)) {
        return null;
      }
      members.put(name, value);
    }
    return token == JsonToken.END_OBJECT ? members : null;
  }

  private static @Nullable Object readArray(JsonParser parser) throws IOException {
    List<@Nullable Object> elements = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      Object value = readValue(parser, token);
      if (value == INVALID) {
        return INVALID;
      }
      elements.add(value);
    }
    return elements;
  }

  private static @Nullable Object readValue(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      return INVALID;
    }
    return switch (token) {
      case VALUE_STRING -> {
        String text = parser.getText();
        yield StrictJson.hasLoneSurrogate(text) ? INVALID : text;
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
}
