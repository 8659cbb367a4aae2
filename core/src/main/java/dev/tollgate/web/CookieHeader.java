package dev.tollgate.web;

import java.util.List;
import java.util.Optional;

/**
 * Reads one cookie from {@code Cookie} header fields (RFC 6265 §4.2.1: {@code name=value; name2=value2}).
 * Names compare exactly and case-sensitively, never by prefix. The first occurrence of a name wins, as in
 * browsers' ordering (longer paths first) and Clerk's JavaScript SDK. A value in double quotes loses its
 * quotes; an empty value counts as absent. Several fields (HTTP/2 splits the header) are read in order.
 * Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6265#section-4.2.1">RFC 6265 §4.2.1</a>
 */
final class CookieHeader {

  private CookieHeader() {}

  /**
   * The value of the first non-empty cookie with exactly this name.
   *
   * @param cookieFields the values of every {@code Cookie} header field
   * @param name the exact cookie name
   * @return the value, or empty when no cookie has this name or its value is empty
   */
  static Optional<String> find(List<String> cookieFields, String name) {
    for (String field : cookieFields) {
      int start = 0;
      while (start <= field.length()) {
        int end = field.indexOf(';', start);
        if (end < 0) {
          end = field.length();
        }
        String pair = field.substring(start, end);
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
          String value = unquote(pair.substring(equals + 1).strip());
          if (!value.isEmpty()) {
            return Optional.of(value);
          }
        }
        start = end + 1;
      }
    }
    return Optional.empty();
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
