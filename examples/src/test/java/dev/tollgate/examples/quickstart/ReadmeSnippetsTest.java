package dev.tollgate.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README shows what compiles and what the build is: each quick start is the compiled program, the test
 * example is the compiled test, and the Spring Boot example's code and configuration are its sources (the README's
 * block after {@code <!-- source: path -->} equals that file, a Java file from its first import on, or only the
 * lines between its {@code // README:start} and {@code // README:end} comments, indentation aside), and the Install
 * and testing sections name the project's version.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = repositoryRoot();
  private static final String QUICK_STARTS = "examples/src/main/java/dev/tollgate/examples/quickstart/";
  private static final String TEST_EXAMPLE = "examples/servlet-testing/src/test/java/com/example/app/AppTest.java";
  private static final String SPRING_EXAMPLE = "examples/spring-boot/src/";
  private static final String SPRING_TEST_EXAMPLE =
      SPRING_EXAMPLE + "test/java/com/example/spring/ApiControllerTest.java";
  private static final String GATEWAY_EXAMPLE_CONFIGURATION =
      "examples/spring-cloud-gateway/src/main/resources/application.yml";
  private static final String REGION_START = "// README:start";
  private static final String REGION_END = "// README:end";
  /** The test examples are short enough to read at a glance: fewer lines than this. */
  private static final int TEST_EXAMPLE_LINES = 15;

  @ParameterizedTest
  @ValueSource(strings = {QUICK_STARTS + "ServletQuickStart.java", QUICK_STARTS + "GatewayQuickStart.java",
      TEST_EXAMPLE, SPRING_EXAMPLE + "main/resources/application.properties",
      SPRING_EXAMPLE + "main/java/com/example/spring/ApiController.java",
      SPRING_EXAMPLE + "test/java/com/example/spring/demo/OwnFilterChainTest.java", SPRING_TEST_EXAMPLE})
  void readmeWhenSourceMarkedThenTheBlockIsTheCompiledCode(String path) throws IOException {
    assertBlockIsTheSource("README.md", path);
  }

  @Test
  void examplesReadmeWhenSourceMarkedThenTheBlockIsTheGatewayExamplesConfiguration() throws IOException {
    assertBlockIsTheSource("examples/README.md", GATEWAY_EXAMPLE_CONFIGURATION);
  }

  private static void assertBlockIsTheSource(String readmePath, String path) throws IOException {
    List<String> readme = lines(ROOT.resolve(readmePath));
    int open = codeBlockAfterMarker(readme, path);
    List<String> shown = readme.subList(open + 1, closingFence(readme, open));

    List<String> source = lines(ROOT.resolve(path));
    int start = lineIndex(source, REGION_START);
    int end = lineIndex(source, REGION_END);
    if (start < 0 && end < 0) {
      start = 0;
      while (path.endsWith(".java") && start < source.size() && !source.get(start).startsWith("import ")) {
        start++;
      }
      end = source.size();
    } else if (start < 0 || end < start) {
      fail(path + " needs a line " + REGION_START + " before a line " + REGION_END);
    } else {
      start++;
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    assertSameLines(dedent(source.subList(start, end)), dedent(shown), file, start + 1, open + 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {TEST_EXAMPLE, SPRING_TEST_EXAMPLE})
  void readmeWhenTestExampleShownThenFewerThan15Lines(String path) throws IOException {
    List<String> readme = lines(ROOT.resolve("README.md"));
    int open = codeBlockAfterMarker(readme, path);
    int shown = closingFence(readme, open) - open - 1;
    assertTrue(shown < TEST_EXAMPLE_LINES, "README.md line " + (open + 2) + ": the test example has " + shown
        + " lines, " + TEST_EXAMPLE_LINES + " or more");
  }

  @Test
  void readmeWhenTestingSectionThenTheTestKitAtThePomVersionInTestScope() throws IOException {
    String testing = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8),
        "## Testing your application");
    String maven = "<dependency>\n  <groupId>dev.tollgate</groupId>\n  <artifactId>tollgate-test</artifactId>\n"
        + "  <version>" + pomVersion() + "</version>\n  <scope>test</scope>\n</dependency>";
    assertTrue(testing.contains(maven), "the testing section lacks the Maven block\n" + maven);
  }

  @Test
  void readmeWhenInstallSectionThenEveryPublishedModuleAtThePomVersionForMavenAndGradle() throws IOException {
    String version = pomVersion();
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

  /** Each row of the supported versions names every version the POM sets, its own and its boot-managed profile's. */
  @ParameterizedTest
  @CsvSource({"nimbus-jose-jwt, pom.xml, nimbus.version", "Caffeine, pom.xml, caffeine.version",
      "jackson-core, pom.xml, jackson.version",
      "Spring Boot (`tollgate-spring-boot-starter`), spring-boot-starter/pom.xml, spring-boot.version",
      "Spring Cloud Gateway (`tollgate-spring-cloud-gateway`), spring-cloud-gateway/pom.xml, spring-cloud.version"})
  void readmeWhenSupportedVersionsThenEachRowNamesThePomsVersions(String row, String pomFile, String property)
      throws IOException {
    String install = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8), "## Install");
    Matcher line = Pattern.compile("(?m)^\\| " + Pattern.quote(row) + " \\|.*$").matcher(install);
    assertTrue(line.find(), "the Install section's supported versions have no row " + row);
    Matcher versions = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</")
        .matcher(Files.readString(ROOT.resolve(pomFile), StandardCharsets.UTF_8));
    List<String> inPom = new ArrayList<>();
    while (versions.find()) {
      inPom.add(versions.group(1));
    }
    assertFalse(inPom.isEmpty(), pomFile + " sets no " + property);
    List<String> missing = inPom.stream().filter(version -> !line.group().contains(version)).toList();
    assertEquals(List.of(), missing, "versions " + pomFile + " sets as " + property + " that README.md's row " + row
        + " leaves out");
  }

  /** @return the index of the code block's opening fence after {@code <!-- source: path -->} */
  private static int codeBlockAfterMarker(List<String> readme, String path) {
    String marker = "<!-- source: " + path + " -->";
    int markerLine = readme.indexOf(marker);
    if (markerLine < 0) {
      fail("README.md has no line " + marker + " before the code block it shows");
    }
    int open = markerLine + 1;
    String fence = path.endsWith(".java") ? "```java" : "```" + path.substring(path.lastIndexOf('.') + 1);
    assertEquals(fence, open < readme.size() ? readme.get(open) : "(end of file)",
        "README.md line " + (open + 1) + ", after " + marker);
    return open;
  }

  /** @return the index of the fence that closes the block opened at {@code open}, or the line count */
  private static int closingFence(List<String> readme, int open) {
    int close = open + 1;
    while (close < readme.size() && !readme.get(close).equals("```")) {
      close++;
    }
    return close;
  }

  /** @return the index of the first line that is {@code text}, indentation aside, or -1 */
  private static int lineIndex(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  private static String pomVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher parent = Pattern.compile("<artifactId>tollgate-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertTrue(parent.find(), "pom.xml declares no tollgate-parent version");
    return parent.group(1);
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
