package dev.tollgate.test.tokens;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON text from the values a token may carry: {@link Map} (string keys, written in the map's order),
 * {@link List}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link BigInteger},
 * {@link BigDecimal}, finite {@link Double} and {@code null}. Compact, no whitespace; strings escaped by Jackson's
 * generator. Stateless and thread-safe.
 */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /**
   * @param value a value of the types listed above, nested to any depth
   * @return its JSON text
   * @throws IllegalArgumentException if a value (or a nested one) is of another type, or a map key is not a string
   */
  public static String write(@Nullable Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException notFromAStringWriter) {
      throw new UncheckedIOException(notFromAStringWriter);
    }
    return out.toString();
  }

  /**
   * @param value a value of the types listed above, nested to any depth
   * @return the same value with every map and list copied, unmodifiable (order and {@code null}s kept), so that a
   *     caller changing its own map or list later cannot change what an immutable spec writes
   * @throws IllegalArgumentException as {@link #write(Object)} does
   */
  static @Nullable Object copyOf(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        copy.put(memberName(member.getKey()), copyOf(member.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copyOf(element));
      }
      return Collections.unmodifiableList(copy);
    }
    // The other types allowed are immutable; write refuses any type it cannot write.
    write(value);
    return value;
  }

  private static String memberName(@Nullable Object key) {
    if (!(key instanceof String name)) {
      throw new IllegalArgumentException("JSON member names must be strings");
    }
    return name;
  }

  private static void write(JsonGenerator generator, @Nullable Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Integer || value instanceof Long) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger integer) {
      generator.writeNumber(integer);
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof Double number) {
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("JSON has no " + number);
      }
      generator.writeNumber(number);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        generator.writeFieldName(memberName(member.getKey()));
        write(generator, member.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
    }
  }
}
