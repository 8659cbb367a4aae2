package dev.tollgate.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides exactly whether a text (an exception message, a {@code toString()}) echoes a token: the whole token
 * or any of its dot-separated segments of at least {@value #MIN_SEGMENT} characters.
 *
 * <p>A fuzzed token can equal, by chance or by the fuzzer's design (Jazzer steers inputs towards the operands
 * of {@code String.contains}), a piece of the verifier's own wording, say a segment {@code signature}. So an
 * occurrence counts as an echo unless every base64url word of the text that it overlaps is wording: a word
 * of a string literal in core's main sources, a class name, or a number or date as the messages print them.
 * A segment made only of such words cannot be told apart from the verifier's own text; every other echo is
 * found.
 */
final class TokenEchoes {

  static final int MIN_SEGMENT = 8;

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[0-9]+(-[0-9]+)*(T[0-9]+)?Z?");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Set<String> WORDING =
      wording(Path.of(System.getProperty("basedir", "."), "src", "main", "java"));

  private TokenEchoes() {}

  /** @throws AssertionError naming {@code what} if {@code text} echoes {@code token} */
  static void assertNoTokenIn(String what, String text, String token) {
    if (echoes(text, token)) {
      throw new AssertionError(what + " echoes the token or one of its segments: " + text);
    }
  }

  static boolean echoes(String text, String token) {
    if (isEcho(text, token)) {
      return true;
    }
    for (String segment : token.split("\\.", -1)) {
      if (isEcho(text, segment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEcho(String text, String candidate) {
    if (candidate.length() < MIN_SEGMENT) {
      return false;
    }
    for (int at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) {
      if (!onlyWording(text, at, at + candidate.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyWording(String text, int start, int end) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (word.end() > start && word.start() < end && !isWording(word.group())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWording(String word) {
    return WORDING.contains(word) || NUMBER_OR_DATE.matcher(word).matches();
  }

  private static Set<String> wording(Path sources) {
    Set<String> words = new HashSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(path -> path.toString().endsWith(".java"))::iterator) {
        String name = file.getFileName().toString();
        words.add(name.substring(0, name.length() - ".java".length()));
        Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          Matcher word = WORD.matcher(literal.group(1));
          while (word.find()) {
            words.add(word.group());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("core's main sources are read from the module directory (basedir)", e);
    }
    words.add("dev");
    words.add("tollgate");
    return Set.copyOf(words);
  }
}
