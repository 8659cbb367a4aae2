package dev.tollgate.examples.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads small JSON documents with jackson-core's streaming API (no data binding).
 *
 * <p>{@link #write(Body)} produces compact JSON. {@link #parse(String)} turns a document into plain Java
 * values: {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link Long} or {@link Double},
 * {@link Boolean} and {@code null}; it is meant for documents the examples produce themselves (responses the
 * self-check reads), not for hostile input. Stateless and thread-safe.
 */
public final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
      .build();

  private Json() {}

  /** Writes the members of a document onto a generator. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes one complete JSON value.
     *
     * @param json the generator
     * @throws IOException only if the generator fails, which a string target never does
     */
    void writeTo(JsonGenerator json) throws IOException;
  }

  /**
   * Writes one JSON value.
   *
   * @param body what to write; must write exactly one complete value
   * @return the compact JSON text
   */
  public static String write(Body body) {
    Objects.requireNonNull(body, "body");
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      body.writeTo(json);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  /**
   * Writes a string array member, {@code "name":["a","b"]}.
   *
   * @param json the generator, inside an object
   * @param name the member name
   * @param values the strings
   * @throws IOException if the generator fails
   */
  public static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /**
   * Parses one JSON document.
   *
   * @param text the document
   * @return the value: a map, list, string, number, boolean, or {@code null} for JSON null
   * @throws IllegalArgumentException if the text is not one well-formed JSON value
   */
  public static @Nullable Object parse(String text) {
    Objects.requireNonNull(text, "text");
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty JSON document");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON value");
      }
      return value;
    } catch (IOException malformed) {
      throw new IllegalArgumentException("malformed JSON", malformed);
    }
  }

  /**
   * Parses a JSON object.
   *
   * @param text the document
   * @return its members, unmodifiable, in document order
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, @Nullable Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return (Map<String, @Nullable Object>) value;
  }

  private static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new IllegalArgumentException("truncated JSON document");
    }
    return token;
  }

  private static @Nullable Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        for (JsonToken next = next(parser); next != JsonToken.END_OBJECT; next = next(parser)) {
          String name = parser.currentName();
          object.put(name, read(parser, next(parser)));
        }
        return Collections.unmodifiableMap(object);
      case START_ARRAY:
        List<@Nullable Object> array = new ArrayList<>();
        for (JsonToken next = next(parser); next != JsonToken.END_ARRAY; next = next(parser)) {
          array.add(read(parser, next));
        }
        return Collections.unmodifiableList(array);
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("unexpected JSON token " + token);
    }
  }
}
