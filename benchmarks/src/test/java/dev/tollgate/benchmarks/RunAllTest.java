package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
  void fullRunWhenSelectingEndpointLegsThenThePassThroughBaselineRunsItsRepeatedLegWithMoreForks() {
    String prefix = "dev.tollgate.benchmarks.endpoint.";
    Pattern scenarios = Pattern.compile(RunAll.THROUGHPUT_SCENARIOS);
    Pattern moreForks = Pattern.compile(RunAll.ENDPOINT_REPEATED);
    assertTrue(scenarios.matcher(prefix + "FilterEndpointBenchmark.freshToken").find());
    assertTrue(scenarios.matcher(prefix + "NoFilterEndpointBenchmark.repeatedToken").find());
    assertFalse(scenarios.matcher(prefix + "PassThroughFilterEndpointBenchmark.repeatedToken").find());
    assertTrue(moreForks.matcher(prefix + "FilterEndpointBenchmark.repeatedToken").find());
    assertFalse(moreForks.matcher(prefix + "FilterEndpointBenchmark.freshToken").find());
    assertTrue(moreForks.matcher(prefix + "PassThroughFilterEndpointBenchmark.repeatedToken").find(),
        "the filter target's baseline");
    assertTrue(moreForks.matcher(prefix + "NoFilterEndpointBenchmark.repeatedToken").find());
    assertFalse(moreForks.matcher(prefix + "PassThroughFilterEndpointBenchmark.freshToken").find());
  }

  @Test
  void fullRunWhenSelectingCacheHitLegsThenTheOneTokenAndThePoolLegsRun() {
    Pattern scenarios = Pattern.compile(RunAll.THROUGHPUT_SCENARIOS);
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.RepeatedTokenBenchmark.tollgate").find());
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.CacheHitPoolBenchmark.tollgate").find());
  }

  @Test
  void fullRunWhenSelectingSpringLegsThenBothAppsRunAtEveryThreadCount() {
    Pattern scenarios = Pattern.compile(RunAll.THROUGHPUT_SCENARIOS);
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.spring.TollgateStarterBenchmark.freshToken").find());
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.spring.ResourceServerBenchmark.repeatedToken").find());
    assertTrue(RunAll.selection("spring\\.").test("ResourceServerBenchmark.freshToken"));
  }

  @Test
  void fullRunWhenSelectingGatewayLegsThenBothGatewaysRunAtEveryThreadCountAndTheRotationLegApart() {
    Pattern scenarios = Pattern.compile(RunAll.THROUGHPUT_SCENARIOS);
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.gateway.TollgateGatewayBenchmark.freshToken").find());
    assertTrue(scenarios.matcher("dev.tollgate.benchmarks.gateway.ResourceServerGatewayBenchmark.repeatedToken")
        .find());
    assertFalse(scenarios.matcher("dev.tollgate.benchmarks.gateway.GatewayKeyRotationBenchmark.knownKid").find(),
        "the rotation leg keeps its own iteration times");
    assertTrue(Pattern.compile(RunAll.KEY_ROTATION)
        .matcher("dev.tollgate.benchmarks.gateway.GatewayKeyRotationBenchmark.knownKid").find());
    assertTrue(RunAll.selection("gateway\\.").test("GatewayKeyRotationBenchmark.knownKid"));
  }

  @Test
  void moduleDirectoryWhenRunFromTheBuildThenTheBenchmarksFolder() {
    assertEquals("benchmarks", RunAll.moduleDirectory().getFileName().toString());
  }
}
