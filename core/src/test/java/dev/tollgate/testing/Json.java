package dev.tollgate.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Writes test JSON from maps, lists, strings, numbers, booleans and nulls, in map order. */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String) {
      generator.writeString((String) value);
    } else if (value instanceof Boolean) {
      generator.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      generator.writeNumber((BigInteger) value);
    } else if (value instanceof BigDecimal) {
      generator.writeNumber((BigDecimal) value);
    } else if (value instanceof Double) {
      generator.writeNumber((Double) value);
    } else if (value instanceof Map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List) {
      generator.writeStartArray();
      for (Object element : (List<?>) value) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass());
    }
  }
}
