package dev.tollgate.backend;

import dev.tollgate.internal.StrictJson;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed, strict reads of the members of one parsed JSON object ({@link StrictJson}'s value types), each failure a
 * {@link JsonShapeException} naming the member by its path.
 */
final class JsonFields {

  private final Map<String, @Nullable Object> object;
  private final String prefix;

  private JsonFields(Map<String, @Nullable Object> object, String prefix) {
    this.object = object;
    this.prefix = prefix;
  }

  /** Parses a whole body as one JSON object. */
  static JsonFields parse(byte[] utf8) {
    Map<String, @Nullable Object> object = StrictJson.parseObject(utf8);
    if (object == null) {
      throw new JsonShapeException("", "the body is not one strict JSON object");
    }
    return new JsonFields(object, "");
  }

  /** Reads {@code value} as an object found at {@code path}. */
  @SuppressWarnings("unchecked")
  static JsonFields of(@Nullable Object value, String path) {
    if (!(value instanceof Map)) {
      throw new JsonShapeException(path, "must be an object");
    }
    return new JsonFields((Map<String, @Nullable Object>) value, path.isEmpty() ? "" : path + ".");
  }

  String path(String name) {
    return prefix + name;
  }

  String requireString(String name) {
    Object value = require(name);
    if (!(value instanceof String)) {
      throw new JsonShapeException(path(name), "must be a string");
    }
    return (String) value;
  }

  /** @return the string, or {@code null} when the member is absent or {@code null} */
  @Nullable String optionalString(String name) {
    Object value = object.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new JsonShapeException(path(name), "must be a string or null");
  }

  boolean requireBoolean(String name) {
    Object value = require(name);
    if (!(value instanceof Boolean)) {
      throw new JsonShapeException(path(name), "must be a boolean");
    }
    return (Boolean) value;
  }

  /** An integer of at most 64 bits; a number with a zero fraction (JSON Schema's integer) is accepted too. */
  long requireInteger(String name) {
    Object value = require(name);
    if (value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof BigDecimal) {
      BigDecimal decimal = (BigDecimal) value;
      if (decimal.signum() == 0) {
        return 0;
      }
      BigDecimal stripped = decimal.stripTrailingZeros();
      if (stripped.scale() <= 0) {
        // precision - scale is the number of integer digits; checked first so 1e999999999 costs nothing.
        if (stripped.precision() - (long) stripped.scale() <= 19) {
          try {
            return stripped.longValueExact();
          } catch (ArithmeticException outOfRange) {
            // falls through to the range error
          }
        }
        throw new JsonShapeException(path(name), "is out of the 64-bit range");
      }
    }
    if (value instanceof java.math.BigInteger) {
      throw new JsonShapeException(path(name), "is out of the 64-bit range");
    }
    throw new JsonShapeException(path(name), "must be an integer");
  }

  /** @return the object, or {@code null} when the member is absent or {@code null} */
  @Nullable JsonFields optionalObject(String name) {
    Object value = object.get(name);
    return value == null ? null : of(value, path(name));
  }

  /** @return the raw object (unmodifiable), or {@code null} when the member is absent or {@code null} */
  @SuppressWarnings("unchecked")
  @Nullable Map<String, @Nullable Object> optionalRawObject(String name) {
    Object value = object.get(name);
    if (value == null || value instanceof Map) {
      return (Map<String, @Nullable Object>) value;
    }
    throw new JsonShapeException(path(name), "must be an object or null");
  }

  /** @return the array, or {@code null} when the member is absent or {@code null} */
  @Nullable List<@Nullable Object> optionalArray(String name) {
    Object value = object.get(name);
    return value == null ? null : array(name, value);
  }

  List<@Nullable Object> requireArray(String name) {
    return array(name, require(name));
  }

  /** Members whose names are not in {@code known}, as an unmodifiable map in document order. */
  Map<String, @Nullable Object> unknownMembers(Set<String> known) {
    Map<String, @Nullable Object> unknown = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> member : object.entrySet()) {
      if (!known.contains(member.getKey())) {
        unknown.put(member.getKey(), member.getValue());
      }
    }
    return unknown.isEmpty() ? Map.of() : Collections.unmodifiableMap(unknown);
  }

  @SuppressWarnings("unchecked")
  private List<@Nullable Object> array(String name, Object value) {
    if (!(value instanceof List)) {
      throw new JsonShapeException(path(name), "must be an array");
    }
    return (List<@Nullable Object>) value;
  }

  private Object require(String name) {
    Object value = object.get(name);
    if (value == null) {
      throw new JsonShapeException(path(name), object.containsKey(name) ? "must not be null"
          : "is required but missing");
    }
    return value;
  }
}
