package dev.tollgate.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Rewrites the generated part of {@code benchmarks/README.md}: everything between {@link #BEGIN} and
 * {@link #END} is replaced, and the rest of the file is kept as written. Stateless.
 */
public final class ReadmeSection {

  /** Marks the start of the generated results. */
  public static final String BEGIN = "<!-- results:begin (written by dev.tollgate.benchmarks.RunAll) -->";
  /** Marks the end of the generated results. */
  public static final String END = "<!-- results:end -->";

  private ReadmeSection() {}

  /**
   * @param document the whole README
   * @param generated the new content between the markers
   * @return the README with the section replaced
   * @throws IllegalArgumentException if the markers are missing or out of order
   */
  public static String replace(String document, String generated) {
    Objects.requireNonNull(generated, "generated");
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin || document.indexOf(BEGIN, begin + 1) >= 0) {
      throw new IllegalArgumentException("the README needs exactly one " + BEGIN + " followed by " + END);
    }
    String body = generated.endsWith("\n") ? generated : generated + "\n";
    return document.substring(0, begin + BEGIN.length()) + "\n" + body + document.substring(end);
  }

  /** Replaces the section of the file in place. */
  public static void rewrite(Path readme, String generated) throws IOException {
    String document = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, replace(document, generated), StandardCharsets.UTF_8);
  }
}
