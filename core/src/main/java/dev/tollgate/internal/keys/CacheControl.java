package dev.tollgate.internal.keys;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads the freshness an HTTP response allows (RFC 9111 §5.2.2): {@code max-age=N}, with {@code no-store}
 * and {@code no-cache} meaning zero. Anything unparsable is ignored rather than guessed at.
 */
final class CacheControl {

  private CacheControl() {}

  static OptionalLong maxAgeSeconds(List<String> headerValues) {
    OptionalLong maxAge = OptionalLong.empty();
    for (String value : headerValues) {
      for (String directive : value.split(",")) {
        String d = directive.strip().toLowerCase(Locale.ROOT);
        if (d.equals("no-store") || d.equals("no-cache")) {
          return OptionalLong.of(0);
        }
        if (d.startsWith("max-age=")) {
          String seconds = d.substring("max-age=".length());
          if (seconds.startsWith("\"") && seconds.endsWith("\"") && seconds.length() >= 2) {
            seconds = seconds.substring(1, seconds.length() - 1);
          }
          if (!seconds.isEmpty() && seconds.length() <= 10 && seconds.chars().allMatch(Character::isDigit)) {
            maxAge = OptionalLong.of(Long.parseLong(seconds));
          }
        }
      }
    }
    return maxAge;
  }
}
