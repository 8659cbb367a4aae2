package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  private static final Map<String, String> VERSIONS = Map.of("java-jwt", "4.5.0", "jetty", "12.1.14");

  private static List<Figure> run(double oursOneThread, double oursBytes) {
    List<Figure> figures = new ArrayList<>();
    for (int threads : new int[] {1, 2}) {
      figures.add(new Figure("FloorBenchmark.floor", threads, 36_000 * threads, 500, "ops/s", 6_000));
      figures.add(new Figure("FreshTokensBenchmark.tollgate", threads, oursOneThread * threads * 0.95, 400, "ops/s",
          oursBytes));
      figures.add(new Figure("FreshTokensBenchmark.auth0JavaJwt", threads, 32_000 * threads, 400, "ops/s", 17_000));
      figures.add(new Figure("FreshTokensBenchmark.jjwt", threads, 26_000 * threads, 400, "ops/s", 50_000));
      figures.add(new Figure("FreshTokensBenchmark.clerkSdk", threads, 24_000 * threads, 400, "ops/s", 67_000));
      figures.add(new Figure("FreshTokensBenchmark.nimbusProcessor", threads, 22_000 * threads, 400, "ops/s",
          37_000));
      figures.add(new Figure("FreshTokensBenchmark.springNimbusJwtDecoder", threads, 21_000 * threads, 400,
          "ops/s", 38_000));
      double hitScaling = threads == 1 ? 1 : 1.9;
      figures.add(new Figure("RepeatedTokenBenchmark.tollgate", threads, 9_000_000 * hitScaling, 1_000, "ops/s", 0));
      figures.add(new Figure("CacheHitPoolBenchmark.tollgate", threads, 5_000_000 * hitScaling, 1_000, "ops/s", 0));
      figures.add(new Figure("JwksWarmBenchmark.tollgate", threads, 33_000 * threads, 400, "ops/s", 9_000));
      figures.add(new Figure("NoFilterEndpointBenchmark.freshToken", threads, 20_000, 400, "ops/s", 4_000));
      figures.add(new Figure("NoFilterEndpointBenchmark.repeatedToken", threads, 20_000, 400, "ops/s", 4_000));
      figures.add(new Figure("FilterEndpointBenchmark.freshToken", threads, 17_000, 400, "ops/s", 5_000));
      figures.add(new Figure("FilterEndpointBenchmark.repeatedToken", threads, 19_000, 400, "ops/s", 5_000));
      figures.add(new Figure("PassThroughFilterEndpointBenchmark.repeatedToken", threads, 20_000, 400, "ops/s",
          4_100));
      figures.add(new Figure("ResourceServerBenchmark.freshToken", threads, 4_000, 100, "ops/s", 60_000));
      figures.add(new Figure("ResourceServerBenchmark.repeatedToken", threads, 4_000, 100, "ops/s", 60_000));
      figures.add(new Figure("TollgateStarterBenchmark.freshToken", threads, 4_800, 100, "ops/s", 30_000));
      figures.add(new Figure("TollgateStarterBenchmark.repeatedToken", threads, 6_800, 100, "ops/s", 25_000));
      figures.add(new Figure("ResourceServerGatewayBenchmark.freshToken", threads, 3_000, 100, "ops/s", 70_000));
      figures.add(new Figure("ResourceServerGatewayBenchmark.repeatedToken", threads, 3_000, 100, "ops/s", 70_000));
      figures.add(new Figure("TollgateGatewayBenchmark.freshToken", threads, 3_600, 100, "ops/s", 40_000));
      figures.add(new Figure("TollgateGatewayBenchmark.repeatedToken", threads, 4_500, 100, "ops/s", 30_000));
    }
    figures.add(new Figure("GatewayKeyRotationBenchmark.knownKid", 1, 1.5, Double.NaN, "ms/op", 40_000));
    figures.add(new Figure("ColdStartBenchmark.firstToken", 1, 20, 2, "ms/op", 180_000));
    figures.add(new Figure("ColdStartBenchmark.firstTokenTwoCallers", 1, 25, 2, "ms/op", 200_000));
    return figures;
  }

  @Test
  void renderWhenAllRequiredFiguresThenRatiosToTheFloorOfTheSameThreadCount() {
    ResultsTable table = new ResultsTable(run(34_200, 9_000), VERSIONS, name -> true);
    String text = table.render("CPU, 2 cores", "settings");
    assertTrue(table.complete());
    assertTrue(text.startsWith("Machine: CPU, 2 cores  \nSettings: settings\n"), text);
    assertTrue(text.contains(
        "| 2. fresh tokens | auth0 java-jwt 4.5.0 | 1 | 32,000 | ± 400 | ops/s | 17,000 | 0.89x |"), text);
    assertTrue(text.contains(
        "| 2. fresh tokens | auth0 java-jwt 4.5.0 | 2 | 64,000 | ± 400 | ops/s | 17,000 | 0.89x |"), text);
    assertTrue(text.contains("| 6. cold start | **Tollgate**, `build()` to first verified token | 1 | 20.00 | ± 2.00"
        + " | ms/op | 180,000 | = 720 floor verifications |"), text);
    assertEquals(0.9025, table.ratioToFloor("FreshTokensBenchmark.tollgate", 1).orElseThrow(), 1e-9);
  }

  @Test
  void renderWhenTargetsMetThenMarkedMet() {
    String text = new ResultsTable(run(36_000, 7_500), VERSIONS, name -> true).render("m", "s");
    assertTrue(text.contains("- **met**: fresh tokens, 1 thread: Tollgate 0.950x the floor (target >= 0.950x)"), text);
    assertTrue(text.contains("- **met**: fresh tokens, 2 threads: Tollgate 0.950x the floor"), text);
    assertTrue(text.contains("- **met**: fresh tokens, 1 thread: Tollgate 1.069x auth0 java-jwt (target >= 1.050x)"),
        text);
    assertTrue(text.contains("- **met**: fresh tokens, 1 thread: Tollgate ahead of every contender"), text);
    assertTrue(text.contains("- **met**: fresh tokens, 1 thread: Tollgate allocates 7,500 B per verification, the"
        + " Session included (target <= 8,000 B)"), text);
    assertTrue(text.contains("- **met**: cache hits, a pool of 10,000 cached tokens, 2 threads: 0.000 B per hit"),
        text);
    assertTrue(text.contains("- **met**: repeated token: Tollgate 250.0x the floor"), text);
    assertTrue(text.contains("- **met**: 2 threads: Tollgate cache hits, one repeated token, 1.900x the 1-thread"),
        text);
    assertTrue(text.contains("- **met**: 2 threads: Tollgate cache hits, a pool of 10,000 cached tokens, 1.900x"),
        text);
    assertTrue(text.contains("| 3. cache hits, 10,000 tokens | **Tollgate** (`jwtKey`, default cache, all cached)"
        + " | 2 |"), text);
    assertTrue(text.contains("- **met**: 2 threads: Tollgate fresh tokens 2.000x its 1-thread figure"), text);
    assertTrue(text.contains("- **met**: endpoint, repeated tokens, 1 connection: with `TollgateFilter` 0.950x the"
        + " throughput with a pass-through filter (target >= 0.950x; 0.950x the endpoint without any filter)"), text);
    assertTrue(text.contains("| 5. endpoint, repeated | Jetty 12.1.14 + pass-through filter (req/s) | 2 | 20,000 |"),
        text);
  }

  @Test
  void renderWhenOursSlowAndHeavyThenMarkedMissed() {
    String text = new ResultsTable(run(30_000, 12_000), VERSIONS, name -> true).render("m", "s");
    assertTrue(text.contains("- **missed**: fresh tokens, 1 thread: Tollgate 0.792x the floor"), text);
    assertTrue(text.contains("- **missed**: fresh tokens, 1 thread: Tollgate ahead of every contender"), text);
    assertTrue(text.contains("- **missed**: fresh tokens, 1 thread: Tollgate allocates 12,000 B"), text);
    assertTrue(text.contains("- **missed**: fresh tokens, 2 threads: Tollgate 0.891x auth0 java-jwt"), text);
  }

  @Test
  void renderWhenFilterLegMeasuredThenFilterRatioChecked() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("FilterEndpointBenchmark.repeatedToken"));
    figures.add(new Figure("FilterEndpointBenchmark.repeatedToken", 1, 16_000, 100, "ops/s", 5_000));
    figures.add(new Figure("FilterEndpointBenchmark.repeatedToken", 2, 19_500, 100, "ops/s", 5_000));
    String text = new ResultsTable(figures, VERSIONS, name -> true).render("m", "s");
    assertTrue(text.contains("- **missed**: endpoint, repeated tokens, 1 connection: with `TollgateFilter` 0.800x"),
        text);
    assertTrue(text.contains("- **met**: endpoint, repeated tokens, 2 connections: with `TollgateFilter` 0.975x"),
        text);
  }

  @Test
  void renderWhenACacheHitAllocatesThenThatHitTargetMissed() {
    List<Figure> figures = run(36_000, 7_500);
    figures.removeIf(f -> f.benchmark().equals("RepeatedTokenBenchmark.tollgate") && f.threads() == 2);
    figures.add(new Figure("RepeatedTokenBenchmark.tollgate", 2, 17_100_000, 1_000, "ops/s", 16));
    String text = new ResultsTable(figures, VERSIONS, name -> true).render("m", "s");

    assertTrue(text.contains("- **missed**: cache hits, one repeated token, 2 threads: 16.000 B per hit"), text);
    assertTrue(text.contains("- **met**: cache hits, one repeated token, 1 thread: 0.000 B per hit"), text);
  }

  @Test
  void renderWhenSpringAppsMeasuredThenStarterToResourceServerRatiosChecked() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("TollgateStarterBenchmark.freshToken") && f.threads() == 2);
    figures.add(new Figure("TollgateStarterBenchmark.freshToken", 2, 4_400, 100, "ops/s", 30_000));
    String text = new ResultsTable(figures, Map.of("spring-boot", "4.0.7"), name -> true).render("m", "s");

    assertTrue(text.contains("| 7. Spring Boot app, fresh | Spring Boot 4.0.7 + **Tollgate starter** (req/s) | 1 |"
        + " 4,800 | ± 100 | ops/s | 30,000 | 0.13x |"), text);
    assertTrue(text.contains("| 7. Spring Boot app, repeated | Spring Boot 4.0.7 + Spring Security resource server"
        + " (req/s) | 2 |"), text);
    assertTrue(text.contains("- **met**: Spring Boot app, fresh tokens, 1 connection: Tollgate's starter 1.200x the"
        + " resource server's requests/s (target >= 1.150x)"), text);
    assertTrue(text.contains("- **missed**: Spring Boot app, fresh tokens, 2 connections: Tollgate's starter 1.100x"),
        text);
    assertTrue(text.contains("- **met**: Spring Boot app, repeated token, 2 connections: Tollgate's starter 1.700x the"
        + " resource server's requests/s (target >= 1.600x)"), text);
  }

  @Test
  void renderWhenGatewayLegsMeasuredThenFilterToResourceServerRatiosAndTheP99Checked() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("TollgateGatewayBenchmark.repeatedToken") && f.threads() == 2);
    figures.add(new Figure("TollgateGatewayBenchmark.repeatedToken", 2, 4_200, 100, "ops/s", 30_000));
    String text = new ResultsTable(figures, Map.of("spring-cloud", "2025.1.4"), name -> true).render("m", "s");

    assertTrue(text.contains("| 8. gateway, fresh | Spring Cloud Gateway (2025.1.4) + **Tollgate gateway filter**"
        + " (req/s) | 1 | 3,600 | ± 100 | ops/s | 40,000 | 0.10x |"), text);
    assertTrue(text.contains("| 8. gateway, key fetch in flight | **Tollgate gateway filter**, p99 of known-kid"
        + " requests | 1 | 1.50 |  | ms/op | 40,000 |"), text);
    assertTrue(text.contains("- **met**: gateway, fresh tokens, 1 connection: Tollgate's gateway filter 1.200x the"
        + " reactive resource server's requests/s (target >= 1.150x)"), text);
    assertTrue(text.contains("- **missed**: gateway, repeated token, 1 connection: Tollgate's gateway filter 1.500x"
        + " the reactive resource server's requests/s (target >= 1.600x)"), text);
    assertTrue(text.contains("- **missed**: gateway, repeated token, 2 connections: Tollgate's gateway filter"
        + " 1.400x"), text);
    assertTrue(text.contains("- **met**: gateway, key fetch in flight: p99 of the requests with a loaded key 1.50 ms"
        + " (target < 10.00 ms"), text);
  }

  @Test
  void renderWhenKeyRotationP99AtTheTargetThenMissed() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("GatewayKeyRotationBenchmark.knownKid"));
    figures.add(new Figure("GatewayKeyRotationBenchmark.knownKid", 1, 10.0, Double.NaN, "ms/op", 40_000));

    String text = new ResultsTable(figures, VERSIONS, name -> true).render("m", "s");

    assertTrue(text.contains("- **missed**: gateway, key fetch in flight: p99 of the requests with a loaded key"
        + " 10.00 ms"), text);
  }

  @Test
  void completeWhenSpringLegIsMissingThenFailedLikeAnyRequiredFigure() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("ResourceServerBenchmark.repeatedToken") && f.threads() == 2);
    ResultsTable table = new ResultsTable(figures, VERSIONS, name -> true);

    assertEquals(List.of("ResourceServerBenchmark.repeatedToken@2"), table.missingRequired());
    assertTrue(table.render("m", "s").contains("- **not measured**: Spring Boot app, repeated token, 2 connections"));
  }

  @Test
  void completeWhenRequiredFigureMissingThenFalseAndShownAsFailed() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("FreshTokensBenchmark.jjwt") && f.threads() == 2);
    ResultsTable table = new ResultsTable(figures, VERSIONS, name -> true);
    assertFalse(table.complete());
    assertEquals(List.of("FreshTokensBenchmark.jjwt@2"), table.missingRequired());
    assertTrue(table.render("m", "s").contains("| 2. fresh tokens | jjwt ? | 2 | **FAILED** (see the run log) |"));
  }

  @Test
  void completeWhenFilterLegIsMissingThenFailedLikeAnyRequiredFigure() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().equals("FilterEndpointBenchmark.repeatedToken") && f.threads() == 1);
    ResultsTable table = new ResultsTable(figures, VERSIONS, name -> true);

    assertFalse(table.complete());
    assertEquals(List.of("FilterEndpointBenchmark.repeatedToken@1"), table.missingRequired());
  }

  @Test
  void completeWhenBenchmarkNotSelectedThenNotCountedAsFailed() {
    List<Figure> figures = run(34_200, 9_000);
    figures.removeIf(f -> f.benchmark().startsWith("ColdStart"));
    ResultsTable table = new ResultsTable(figures, VERSIONS, name -> !name.startsWith("ColdStart"));
    assertTrue(table.complete());
    assertTrue(table.render("m", "s").contains("not run (excluded by --include)"));
  }

  @Test
  void renderWhenRecheckAgreesThenSteady() {
    ResultsTable table = new ResultsTable(run(34_200, 9_000), VERSIONS, name -> true);
    String text = table.render("m", "s", List.of(new Figure("FloorBenchmark.floor", 1, 36_000, 1, "ops/s", 6_000),
        new Figure("FreshTokensBenchmark.tollgate", 1, 32_000, 1, "ops/s", 9_000)));
    assertTrue(text.contains("ratio 0.889x against 0.903x in the main run (1.5% apart; steady)."), text);
  }

  @Test
  void renderWhenRecheckDisagreesThenNoisyFlagged() {
    ResultsTable table = new ResultsTable(run(34_200, 9_000), VERSIONS, name -> true);
    String text = table.render("m", "s", List.of(new Figure("FloorBenchmark.floor", 1, 36_000, 1, "ops/s", 6_000),
        new Figure("FreshTokensBenchmark.tollgate", 1, 25_000, 1, "ops/s", 9_000)));
    assertTrue(text.contains("**the machine was noisy"), text);
    assertFalse(table.render("m", "s").contains("Steadiness"));
  }
}
