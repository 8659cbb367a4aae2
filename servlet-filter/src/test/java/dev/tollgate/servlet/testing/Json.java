package dev.tollgate.servlet.testing;

import java.util.List;
import java.util.Map;

/** Writes the JSON the fixtures need: strings, numbers, booleans, lists and maps. */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof String) {
      out.append('"');
      for (char c : ((String) value).toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof List) {
      out.append('[');
      String separator = "";
      for (Object item : (List<?>) value) {
        out.append(separator);
        append(out, item);
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof Map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.append(separator);
        append(out, entry.getKey().toString());
        out.append(':');
        append(out, entry.getValue());
        separator = ",";
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("unsupported JSON value: " + value.getClass());
    }
  }
}
