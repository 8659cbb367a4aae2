package dev.tollgate.backend;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Checks ids and names before they go into a URL, and percent-encodes them (RFC 3986 §2.1): everything but the
 * unreserved characters is encoded, so no value can add a path segment, a query or a fragment.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3986#section-2.3">RFC 3986 §2.3</a>
 */
final class PathSegments {

  /** Longest id or name accepted: far beyond Clerk's ids (about 30 characters). */
  static final int MAX_LENGTH = 256;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * @return {@code value} when it can be one path segment: not empty, at most {@value #MAX_LENGTH} characters,
   *     no {@code /}, {@code \}, whitespace or control character, and not {@code .} or {@code ..}
   * @throws IllegalArgumentException otherwise; the message names the parameter, not the value
   */
  static String check(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.length() > MAX_LENGTH || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must be 1 to " + MAX_LENGTH + " characters and not . or ..");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(name + " must not contain '/', '\\', whitespace or control characters");
      }
    }
    return value;
  }

  /** Percent-encodes the UTF-8 bytes of {@code value}, leaving only ALPHA, DIGIT, '-', '.', '_' and '~'. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
      }
    }
    return out.toString();
  }
}
