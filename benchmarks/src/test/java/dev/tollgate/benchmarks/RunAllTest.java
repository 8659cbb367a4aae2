package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RunAllTest {

  @Test
  void parseWhenNoOptionsThenFullRunWritingTheModuleReadme() {
    RunAll.Plan plan = RunAll.Plan.parse(new String[0]);
    assertEquals(4, plan.measurementIterations());
    assertEquals(60, plan.coldMeasurement());
    assertNull(plan.include());
    assertEquals(RunAll.moduleDirectory().resolve("README.md"), plan.readme());
  }

  @Test
  void parseWhenQuickOrIncludeThenReadmeUntouchedUnlessNamed() {
    assertNull(RunAll.Plan.parse(new String[] {"--quick"}).readme());
    assertNull(RunAll.Plan.parse(new String[] {"--include", "Floor"}).readme());
    assertEquals(Path.of("x.md"), RunAll.Plan.parse(new String[] {"--quick", "--readme", "x.md"}).readme());
    assertNull(RunAll.Plan.parse(new String[] {"--no-readme"}).readme());
    assertEquals(1, RunAll.Plan.parse(new String[] {"--quick"}).warmupIterations());
  }

  @Test
  void parseWhenUnknownOrIncompleteOptionThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> RunAll.Plan.parse(new String[] {"--fast"}));
    assertThrows(IllegalArgumentException.class, () -> RunAll.Plan.parse(new String[] {"--include"}));
  }

  @Test
  void selectionWhenPatternGivenThenMatchesFullBenchmarkNames() {
    Predicate<String> selected = RunAll.selection("Floor|endpoint\\.NoFilter");
    assertTrue(selected.test("FloorBenchmark.floor"));
    assertTrue(selected.test("NoFilterEndpointBenchmark.freshToken"));
    assertFalse(selected.test("FreshTokensBenchmark.jjwt"));
    assertTrue(RunAll.selection(null).test("anything"));
  }

  @Test
  void moduleDirectoryWhenRunFromTheBuildThenTheBenchmarksFolder() {
    assertEquals("benchmarks", RunAll.moduleDirectory().getFileName().toString());
  }
}
