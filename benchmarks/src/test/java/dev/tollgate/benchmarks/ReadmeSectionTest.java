package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSectionTest {

  private static final String README = "# Title\n\nIntro.\n\n" + ReadmeSection.BEGIN + "\nold table\n"
      + ReadmeSection.END + "\n\nAfter.\n";

  @Test
  void replaceWhenMarkersPresentThenOnlyTheSectionChanges() {
    assertEquals("# Title\n\nIntro.\n\n" + ReadmeSection.BEGIN + "\nnew table\n" + ReadmeSection.END
        + "\n\nAfter.\n", ReadmeSection.replace(README, "new table"));
  }

  @Test
  void replaceWhenAppliedTwiceThenSameAsOnce() {
    String once = ReadmeSection.replace(README, "new table\n");
    assertEquals(once, ReadmeSection.replace(once, "new table\n"));
  }

  @Test
  void replaceWhenMarkersMissingOrReversedThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReadmeSection.replace("# no markers\n", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> ReadmeSection.replace(ReadmeSection.END + "\n" + ReadmeSection.BEGIN + "\n", "x"));
  }

  @Test
  void rewriteWhenFileHasMarkersThenWrittenInPlace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("README.md");
    Files.writeString(file, README);
    ReadmeSection.rewrite(file, "written");
    assertEquals(ReadmeSection.replace(README, "written"), Files.readString(file));
  }
}
