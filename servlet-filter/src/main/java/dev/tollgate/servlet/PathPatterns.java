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
  private final List<Matcher> matchers;

  private PathPatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    List<Matcher> compiled = new ArrayList<>();
    for (String pattern : this.patterns) {
      compiled.add(Matcher.of(pattern));
    }
    this.matchers = List.copyOf(compiled);
  }

  /** One checked pattern, split once into its form and the text it compares with. */
  private static final class Matcher {
    private enum Form { EVERY_PATH, PREFIX, EXTENSION, EXACT }

    private final Form form;
    private final String text;
    private final String prefixWithSlash;

    private Matcher(Form form, String text) {
      this.form = form;
      this.text = text;
      this.prefixWithSlash = text + "/";
    }

    static Matcher of(String pattern) {
      if (pattern.equals("/*")) {
        return new Matcher(Form.EVERY_PATH, pattern);
      }
      if (pattern.endsWith("/*")) {
        return new Matcher(Form.PREFIX, pattern.substring(0, pattern.length() - 2));
      }
      if (pattern.startsWith("*.")) {
        return new Matcher(Form.EXTENSION, pattern.substring(1));
      }
      return new Matcher(Form.EXACT, pattern);
    }

    boolean matches(String path) {
      switch (form) {
        case EVERY_PATH:
          return true;
        case PREFIX:
          return path.equals(text) || path.startsWith(prefixWithSlash);
        case EXTENSION:
          return path.substring(path.lastIndexOf('/') + 1).endsWith(text);
        default:
          return path.equals(text);
      }
    }
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
    for (Matcher matcher : matchers) {
      if (matcher.matches(path)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}
