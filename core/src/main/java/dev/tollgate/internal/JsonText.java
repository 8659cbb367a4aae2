package dev.tollgate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON text with Jackson's streaming generator: the counterpart of {@link StrictJson}, for bodies Tollgate
 * produces (error responses, serialised sessions) and for the parsed values it writes back unchanged. Thread-safe.
 */
public final class JsonText {

  private static final JsonFactory UTF8 = JsonFactory.builder().build();
  private static final JsonFactory ASCII = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private JsonText() {}

  /** Writes one complete JSON value onto a generator. */
  @FunctionalInterface
  public interface Body {
    /**
     * @param json the generator
     * @throws IOException only if the generator fails, which a string target never does
     */
    void writeTo(JsonGenerator json) throws IOException;
  }

  /**
   * @param body writes exactly one complete value
   * @return the compact JSON text, non-ASCII characters as they are
   */
  public static String write(Body body) {
    return write(UTF8, body);
  }

  /**
   * @param body writes exactly one complete value
   * @return the compact JSON text with every non-ASCII character escaped ({@code \\uXXXX}), safe wherever
   *     only ASCII is
   */
  public static String writeAscii(Body body) {
    return write(ASCII, body);
  }

  private static String write(JsonFactory factory, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      body.writeTo(generator);
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to a string failed", impossible);
    }
    return out.toString();
  }

  /**
   * Writes a value of the types {@link StrictJson} produces: {@code null}, {@link String}, {@link Boolean},
   * {@link Long}, {@link BigInteger}, {@link BigDecimal}, maps with string keys and lists of these, in their
   * iteration order.
   *
   * @param generator where to write
   * @param value the value
   * @throws IOException if the generator fails
   * @throws IllegalArgumentException if the value, or a value inside it, is of another type
   */
  public static void writeValue(JsonGenerator generator, @Nullable Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      generator.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Map<?, ?> object) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> member : object.entrySet()) {
        if (!(member.getKey() instanceof String name)) {
          throw new IllegalArgumentException("not a parsed JSON object: a member name is not a string");
        }
        generator.writeFieldName(name);
        writeValue(generator, member.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> array) {
      generator.writeStartArray();
      for (Object element : array) {
        writeValue(generator, element);
      }
      generator.writeEndArray();
    } else {
      throw new IllegalArgumentException("not a parsed JSON value: " + value.getClass().getName());
    }
  }
}
