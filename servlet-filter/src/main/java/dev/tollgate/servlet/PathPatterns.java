package dev.tollgate.servlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Servlet-style path patterns (Servlet 6.0 §12.2) for the paths that require a session: {@code /*} (every
 * path), {@code /api/*} (the path {@code /api} and everything below it), {@code *.json} (an extension) and
 * exact paths such as {@code /admin}. {@code /} alone is refused because as a servlet mapping it means "the
 * default servlet", which would be misleading here; use {@code /*}. Paths are matched case-sensitively
 * against the context-relative path (servlet path plus path info). Immutable and thread-safe.
 */
final class PathPatterns {

  private static final PathPatterns NONE = new PathPatterns(List.of());

  private final List<String> patterns;

  private PathPatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** @return patterns that match nothing (attach-only mode) */
  static PathPatterns none() {
    return NONE;
  }

  /**
   * Checks and keeps the patterns.
   *
   * @throws IllegalArgumentException for a pattern that is not exact, prefix ({@code /x/*}) or extension
   */
  static PathPatterns of(List<String> patterns) {
    List<String> checked = new ArrayList<>();
    for (String pattern : patterns) {
      Objects.requireNonNull(pattern, "pattern");
      checked.add(check(pattern));
    }
    return new PathPatterns(checked);
  }

  private static String check(String pattern) {
    boolean valid;
    if (pattern.startsWith("*.")) {
      valid = pattern.length() > 2 && pattern.indexOf('/') < 0 && pattern.indexOf('*', 1) < 0;
    } else if (pattern.startsWith("/")) {
      String body = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
      valid = !pattern.equals("/") && body.indexOf('*') < 0;
    } else {
      valid = false;
    }
    if (!valid || pattern.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
      throw new IllegalArgumentException("'" + pattern.strip() + "' is not a path pattern: use /exact, /prefix/*,"
          + " /* or *.extension");
    }
    return pattern;
  }

  /** @return {@code true} when no pattern is configured */
  boolean isEmpty() {
    return patterns.isEmpty();
  }

  /**
   * @param path the context-relative path, starting with {@code /}
   * @return {@code true} if any pattern matches
   */
  boolean matches(String path) {
    for (String pattern : patterns) {
      if (matches(pattern, path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String pattern, String path) {
    if (pattern.equals("/*")) {
      return true;
    }
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      return path.equals(prefix) || path.startsWith(prefix + "/");
    }
    if (pattern.startsWith("*.")) {
      String lastSegment = path.substring(path.lastIndexOf('/') + 1);
      return lastSegment.endsWith(pattern.substring(1));
    }
    return path.equals(pattern);
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}
