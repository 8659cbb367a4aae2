package dev.tollgate.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README shows what compiles and what the build is: each quick start is the compiled program (the README's
 * block after {@code <!-- source: path -->} equals that file from its first import on, indentation aside), and
 * the Install section names the project's version.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = repositoryRoot();
  private static final String QUICK_STARTS = "examples/src/main/java/dev/tollgate/examples/quickstart/";

  @ParameterizedTest
  @ValueSource(strings = {"ServletQuickStart.java", "GatewayQuickStart.java"})
  void readmeWhenQuickStartShownThenItIsTheCompiledProgram(String file) throws IOException {
    List<String> readme = lines(ROOT.resolve("README.md"));
    String marker = "<!-- source: " + QUICK_STARTS + file + " -->";
    int markerLine = readme.indexOf(marker);
    if (markerLine < 0) {
      fail("README.md has no line " + marker + " before the quick start's code block");
    }
    int open = markerLine + 1;
    assertEquals("```java", open < readme.size() ? readme.get(open) : "(end of file)",
        "README.md line " + (open + 1) + ", after " + marker);
    int close = open + 1;
    while (close < readme.size() && !readme.get(close).equals("```")) {
      close++;
    }
    List<String> shown = readme.subList(open + 1, close);

    List<String> source = lines(ROOT.resolve(QUICK_STARTS + file));
    int firstImport = 0;
    while (firstImport < source.size() && !source.get(firstImport).startsWith("import ")) {
      firstImport++;
    }
    List<String> program = source.subList(firstImport, source.size());

    assertSameLines(dedent(program), dedent(shown), file, firstImport + 1, open + 2);
  }

  @Test
  void readmeWhenInstallSectionThenEveryPublishedModuleAtThePomVersionForMavenAndGradle() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher parent = Pattern.compile("<artifactId>tollgate-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertTrue(parent.find(), "pom.xml declares no tollgate-parent version");
    String version = parent.group(1);
    String install = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8), "## Install");

    for (String artifact : List.of("tollgate-core", "tollgate-servlet-filter", "tollgate-backend-api")) {
      String maven = "<dependency>\n  <groupId>dev.tollgate</groupId>\n  <artifactId>" + artifact
          + "</artifactId>\n  <version>" + version + "</version>\n</dependency>";
      assertTrue(install.contains(maven), "Install section lacks the Maven block\n" + maven);
      String gradle = "implementation(\"dev.tollgate:" + artifact + ":" + version + "\")";
      assertTrue(install.contains(gradle), "Install section lacks the Gradle line " + gradle);
    }
    List<String> versions = new ArrayList<>();
    Matcher named = Pattern.compile("<version>([^<]+)</version>|dev\\.tollgate:[\\w-]+:([^\"\\s]+)\"")
        .matcher(install);
    while (named.find()) {
      versions.add(named.group(1) != null ? named.group(1) : named.group(2));
    }
    assertEquals(List.of(), versions.stream().filter(other -> !other.equals(version)).toList(),
        "versions the Install section names besides pom.xml's " + version);
  }

  @Test
  void readmeWhenJettyCoordinatesNamedThenThePomsJettyVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher property = Pattern.compile("<jetty\\.version>([^<]+)</jetty\\.version>").matcher(pom);
    assertTrue(property.find(), "pom.xml has no jetty.version property");
    Matcher named = Pattern.compile("org\\.eclipse\\.jetty\\.ee10:jetty-ee10-servlet:([\\w.-]+)")
        .matcher(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertTrue(named.find(), "README.md names no org.eclipse.jetty.ee10:jetty-ee10-servlet:<version>");
    assertEquals(property.group(1), named.group(1), "Jetty version in README.md (pom.xml jetty.version)");
  }

  /** Fails at the first line that differs, naming it in both files. */
  private static void assertSameLines(List<String> program, List<String> shown, String file, int programStart,
      int shownStart) {
    for (int i = 0; i < Math.max(program.size(), shown.size()); i++) {
      String expected = i < program.size() ? program.get(i) : "(end of the program)";
      String actual = i < shown.size() ? shown.get(i) : "(end of the code block)";
      if (!expected.equals(actual)) {
        fail("README.md line " + (shownStart + i) + " differs from " + file + " line " + (programStart + i)
            + " (indentation aside):\n  " + file + ": " + expected + "\n  README.md: " + actual);
      }
    }
  }

  /** The lines without the indentation they all share; blank lines do not count. */
  private static List<String> dedent(List<String> lines) {
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        common = Math.min(common, line.length() - line.stripLeading().length());
      }
    }
    List<String> dedented = new ArrayList<>();
    for (String line : lines) {
      dedented.add(line.isBlank() ? "" : line.substring(common));
    }
    return dedented;
  }

  /** From a {@code ## } heading to the next one. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    if (start < 0) {
      fail("README.md has no heading " + heading);
    }
    int end = markdown.indexOf("\n## ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The test runs in {@code examples/}; the README and the parent pom are one level up. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no README.md with an examples/ folder above " + Path.of("").toAbsolutePath());
  }
}
