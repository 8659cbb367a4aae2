package dev.tollgate.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Renders one run's figures as the Markdown section of {@code benchmarks/README.md}: the machine line, a table
 * of every scenario at 1 and 2 threads (score, error, bytes per operation, ratio to the floor of the same run
 * at the same thread count), and each target of the benchmark issue marked met or missed. A required figure
 * that is missing shows as failed; one excluded by {@code --include} as not run. Immutable.
 */
public final class ResultsTable {

  /** Fresh tokens: Tollgate at least this many times the floor, at 1 and 2 threads: 0.95. */
  public static final double FRESH_TARGET = 0.95;
  /** Fresh tokens: Tollgate at least this many times auth0 java-jwt (the fastest contender), 1 and 2 threads: 1.05. */
  public static final double AUTH0_TARGET = 1.05;
  /** Repeated token: Tollgate at least this many times the floor. */
  public static final double REPEATED_TARGET = 50.0;
  /** Two threads at least this many times one thread, for Tollgate on fresh tokens. */
  public static final double SCALING_TARGET = 1.8;
  /** Endpoint, repeated tokens: with {@code TollgateFilter} at least this share of a pass-through filter: 0.95. */
  public static final double FILTER_TARGET = 0.95;
  /** Spring Boot app, fresh tokens: Tollgate's starter at least this many times the resource server's req/s. */
  public static final double SPRING_FRESH_TARGET = 1.15;
  /** Spring Boot app, repeated token: Tollgate's starter at least this many times the resource server's req/s. */
  public static final double SPRING_REPEATED_TARGET = 1.6;
  /** Gateway, fresh tokens: Tollgate's gateway filter at least this many times the resource server's req/s. */
  public static final double GATEWAY_FRESH_TARGET = 1.15;
  /** Gateway, repeated token: Tollgate's gateway filter at least this many times the resource server's req/s. */
  public static final double GATEWAY_REPEATED_TARGET = 1.6;
  /** Gateway with a key fetch in flight: the known-kid requests' 99th percentile below this many ms: 10. */
  public static final double KEY_ROTATION_P99_TARGET_MILLIS = 10;
  /** Most bytes Tollgate may allocate per fresh-token verification, the Session included: 8,000. */
  public static final double ALLOCATION_TARGET = 8_000;
  /** A cache hit allocates nothing: below this many bytes per hit (JMH's profiler reads a few bytes of noise): 1. */
  public static final double HIT_ALLOCATION_TARGET = 1;

  static final String FLOOR = "FloorBenchmark.floor";
  static final String OURS_FRESH = "FreshTokensBenchmark.tollgate";
  static final String OURS_REPEATED = "RepeatedTokenBenchmark.tollgate";
  static final String OURS_HIT_POOL = "CacheHitPoolBenchmark.tollgate";
  static final String NO_FILTER_REPEATED = "NoFilterEndpointBenchmark.repeatedToken";
  static final String FILTER_REPEATED = "FilterEndpointBenchmark.repeatedToken";
  static final String PASS_THROUGH_REPEATED = "PassThroughFilterEndpointBenchmark.repeatedToken";
  static final String AUTH0 = "FreshTokensBenchmark.auth0JavaJwt";
  static final String COLD_START = "ColdStartBenchmark.firstToken";
  static final String COLD_START_TWO = "ColdStartBenchmark.firstTokenTwoCallers";
  static final String STARTER = "TollgateStarterBenchmark.";
  static final String RESOURCE_SERVER = "ResourceServerBenchmark.";
  static final String GATEWAY_TOLLGATE = "TollgateGatewayBenchmark.";
  static final String GATEWAY_RESOURCE_SERVER = "ResourceServerGatewayBenchmark.";
  static final String KEY_ROTATION = "GatewayKeyRotationBenchmark.knownKid";

  /** One line of the table: which benchmark, how to label it, and whether it may be absent. */
  record Row(String scenario, String verifier, String benchmark, boolean contender) {}

  private final List<Row> rows;
  private final Map<String, Figure> figures = new HashMap<>();
  private final Predicate<String> selected;

  /**
   * @param figures the run's figures
   * @param versions contender versions by key ({@code java-jwt}, {@code jjwt}, {@code spring-security},
   *     {@code nimbus}, {@code clerk-backend-api}, {@code jetty}, {@code spring-boot}, {@code spring-cloud}); a
   *     missing key shows as
   *     {@code ?}
   * @param selected which benchmarks ({@code SimpleClassName.method}) the run included; the others are
   *     shown as not run instead of failed
   */
  public ResultsTable(List<Figure> figures, Map<String, String> versions, Predicate<String> selected) {
    for (Figure figure : figures) {
      this.figures.put(key(figure.benchmark(), figure.threads()), figure);
    }
    this.rows = rows(versions);
    this.selected = Objects.requireNonNull(selected, "selected");
  }

  private static List<Row> rows(Map<String, String> versions) {
    String jetty = "Jetty " + versions.getOrDefault("jetty", "?");
    String boot = "Spring Boot " + versions.getOrDefault("spring-boot", "?");
    String gateway = "Spring Cloud Gateway (" + versions.getOrDefault("spring-cloud", "?") + ")";
    return List.of(
        new Row("1. floor", "JCA `SHA256withRSA`, pre-decoded key, engine per thread", FLOOR, false),
        new Row("2. fresh tokens", "**Tollgate** (`jwtKey`, cache off)", OURS_FRESH, false),
        new Row("2. fresh tokens", "auth0 java-jwt " + versions.getOrDefault("java-jwt", "?"),
            AUTH0, true),
        new Row("2. fresh tokens", "jjwt " + versions.getOrDefault("jjwt", "?"),
            "FreshTokensBenchmark.jjwt", true),
        new Row("2. fresh tokens", "Clerk SDK backend-api " + versions.getOrDefault("clerk-backend-api", "?"),
            "FreshTokensBenchmark.clerkSdk", true),
        new Row("2. fresh tokens", "Nimbus `DefaultJWTProcessor` " + versions.getOrDefault("nimbus", "?"),
            "FreshTokensBenchmark.nimbusProcessor", true),
        new Row("2. fresh tokens", "Spring `NimbusJwtDecoder` " + versions.getOrDefault("spring-security", "?"),
            "FreshTokensBenchmark.springNimbusJwtDecoder", true),
        new Row("3. repeated token", "**Tollgate** (`jwtKey`, default cache)", OURS_REPEATED, false),
        new Row("3. cache hits, 10,000 tokens", "**Tollgate** (`jwtKey`, default cache, all cached)", OURS_HIT_POOL,
            false),
        new Row("4. JWKS warm", "**Tollgate** (loopback JWKS, cache off)", "JwksWarmBenchmark.tollgate", false),
        new Row("5. endpoint, fresh", jetty + ", no filter (req/s)", "NoFilterEndpointBenchmark.freshToken", false),
        new Row("5. endpoint, repeated", jetty + ", no filter (req/s)", NO_FILTER_REPEATED, false),
        new Row("5. endpoint, fresh", jetty + " + `TollgateFilter` (req/s)", "FilterEndpointBenchmark.freshToken",
            false),
        new Row("5. endpoint, repeated", jetty + " + pass-through filter (req/s)", PASS_THROUGH_REPEATED, false),
        new Row("5. endpoint, repeated", jetty + " + `TollgateFilter` (req/s)", FILTER_REPEATED, false),
        new Row("6. cold start", "**Tollgate**, `build()` to first verified token", COLD_START, false),
        new Row("6. cold start", "**Tollgate**, same, two callers at once", COLD_START_TWO, false),
        new Row("7. Spring Boot app, fresh", boot + " + Spring Security resource server (req/s)",
            RESOURCE_SERVER + "freshToken", false),
        new Row("7. Spring Boot app, fresh", boot + " + **Tollgate starter** (req/s)", STARTER + "freshToken", false),
        new Row("7. Spring Boot app, repeated", boot + " + Spring Security resource server (req/s)",
            RESOURCE_SERVER + "repeatedToken", false),
        new Row("7. Spring Boot app, repeated", boot + " + **Tollgate starter** (req/s)", STARTER + "repeatedToken",
            false),
        new Row("8. gateway, fresh", gateway + " + Spring Security reactive resource server (req/s)",
            GATEWAY_RESOURCE_SERVER + "freshToken", false),
        new Row("8. gateway, fresh", gateway + " + **Tollgate gateway filter** (req/s)",
            GATEWAY_TOLLGATE + "freshToken", false),
        new Row("8. gateway, repeated", gateway + " + Spring Security reactive resource server (req/s)",
            GATEWAY_RESOURCE_SERVER + "repeatedToken", false),
        new Row("8. gateway, repeated", gateway + " + **Tollgate gateway filter** (req/s)",
            GATEWAY_TOLLGATE + "repeatedToken", false),
        new Row("8. gateway, key fetch in flight", "**Tollgate gateway filter**, p99 of known-kid requests",
            KEY_ROTATION, false));
  }

  private static String key(String benchmark, int threads) {
    return benchmark + "@" + threads;
  }

  /** @return the figure of a benchmark at a thread count, if measured */
  public Optional<Figure> figure(String benchmark, int threads) {
    return Optional.ofNullable(figures.get(key(benchmark, threads)));
  }

  /** @return {@code true} if every required figure was measured */
  public boolean complete() {
    return missingRequired().isEmpty();
  }

  /** @return the required figures that were not measured, as {@code benchmark@threads} */
  public List<String> missingRequired() {
    List<String> missing = new ArrayList<>();
    for (Row row : rows) {
      for (int threads : isSingleThreaded(row) ? new int[] {1} : new int[] {1, 2}) {
        if (selected.test(row.benchmark()) && figure(row.benchmark(), threads).isEmpty()) {
          missing.add(key(row.benchmark(), threads));
        }
      }
    }
    return missing;
  }

  /** Re-run ratios further than this from the main run's mark the machine as unsteady: 5%. */
  public static final double STEADY_TOLERANCE = 0.05;

  /**
   * @param machine the machine line
   * @param settings how JMH was run (iterations, forks, JVM options)
   * @return the Markdown section
   */
  public String render(String machine, String settings) {
    return render(machine, settings, List.of());
  }

  /**
   * @param machine the machine line
   * @param settings how JMH was run (iterations, forks, JVM options)
   * @param recheck the floor and Tollgate's fresh-token figure re-run back to back at the end (1 thread), or
   *     nothing
   * @return the Markdown section
   */
  public String render(String machine, String settings, List<Figure> recheck) {
    StringBuilder out = new StringBuilder();
    out.append("Machine: ").append(machine).append("  \n");
    out.append("Settings: ").append(settings).append("\n\n");
    out.append("| Scenario | Verifier | Threads | Score | Error (99.9%) | Unit | Alloc B/op | Ratio to floor |\n");
    out.append("|---|---|---:|---:|---:|---|---:|---:|\n");
    for (Row row : rows) {
      int[] threadCounts = isSingleThreaded(row) ? new int[] {1} : new int[] {1, 2};
      for (int threads : threadCounts) {
        Optional<Figure> figure = figure(row.benchmark(), threads);
        if (figure.isPresent()) {
          out.append(line(row, figure.get()));
        } else {
          String state = selected.test(row.benchmark()) ? "**FAILED** (see the run log)"
              : "not run (excluded by --include)";
          out.append("| ").append(row.scenario()).append(" | ").append(row.verifier()).append(" | ")
              .append(threads).append(" | ").append(state).append(" | | | | |\n");
        }
      }
    }
    out.append("\n").append(targets());
    out.append(steadiness(recheck));
    return out.toString();
  }

  private String steadiness(List<Figure> recheck) {
    Optional<Figure> floor = recheck.stream().filter(f -> f.benchmark().equals(FLOOR)).findFirst();
    Optional<Figure> ours = recheck.stream().filter(f -> f.benchmark().equals(OURS_FRESH)).findFirst();
    Optional<Double> main = ratioToFloor(OURS_FRESH, 1);
    if (floor.isEmpty() || ours.isEmpty() || main.isEmpty()) {
      return "";
    }
    double again = ours.get().score() / floor.get().score();
    double drift = Math.abs(again - main.get()) / main.get();
    return String.format(Locale.ROOT, "%nSteadiness: the floor and Tollgate on fresh tokens (1 thread) were run"
            + " again back to back at the end: floor %s ops/s, Tollgate %s ops/s, ratio %s against %s in the main"
            + " run (%s apart; %s).%n", number(floor.get().score()), number(ours.get().score()), times(again),
        times(main.get()), String.format(Locale.ROOT, "%.1f%%", drift * 100),
        drift <= STEADY_TOLERANCE ? "steady" : "**the machine was noisy: read the ratios with that margin**");
  }

  private static boolean isSingleThreaded(Row row) {
    return row.benchmark().startsWith("ColdStartBenchmark.") || row.benchmark().equals(KEY_ROTATION);
  }

  private String line(Row row, Figure figure) {
    return "| " + row.scenario() + " | " + row.verifier() + " | " + figure.threads() + " | "
        + number(figure.score()) + " | " + (Double.isNaN(figure.error()) ? "" : "± " + number(figure.error()))
        + " | " + figure.unit() + " | "
        + (Double.isNaN(figure.bytesPerOp()) ? "n/a" : String.format(Locale.ROOT, "%,.0f", figure.bytesPerOp()))
        + " | " + ratioText(figure) + " |\n";
  }

  private String ratioText(Figure figure) {
    Optional<Figure> floor = figure(FLOOR, figure.threads());
    if (floor.isEmpty() && !figure.isThroughput()) {
      floor = figure(FLOOR, 1);
    }
    if (floor.isEmpty()) {
      return "n/a";
    }
    if (figure.isThroughput()) {
      return String.format(Locale.ROOT, "%.2fx", figure.score() / floor.get().score());
    }
    return String.format(Locale.ROOT, "= %,.0f floor verifications", figure.nanosPerOp() / floor.get().nanosPerOp());
  }

  /** @return the ratio of a throughput benchmark to the floor at the same thread count */
  public Optional<Double> ratioToFloor(String benchmark, int threads) {
    Optional<Figure> floor = figure(FLOOR, threads);
    Optional<Figure> figure = figure(benchmark, threads);
    if (floor.isEmpty() || figure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(figure.get().score() / floor.get().score());
  }

  private String targets() {
    StringBuilder out = new StringBuilder("Targets (from the same run):\n\n");
    for (int threads : new int[] {1, 2}) {
      Optional<Double> fresh = ratioToFloor(OURS_FRESH, threads);
      out.append(check(fresh.map(r -> r >= FRESH_TARGET),
          "fresh tokens, " + threads + " thread" + (threads == 1 ? "" : "s") + ": Tollgate "
              + fresh.map(ResultsTable::times).orElse("?") + " the floor (target >= " + times(FRESH_TARGET) + ")"));
      Optional<Double> auth0 = figure(OURS_FRESH, threads)
          .flatMap(mine -> figure(AUTH0, threads).map(theirs -> mine.score() / theirs.score()));
      out.append(check(auth0.map(r -> r >= AUTH0_TARGET), "fresh tokens, " + threads + " thread"
          + (threads == 1 ? "" : "s") + ": Tollgate " + auth0.map(ResultsTable::times).orElse("?")
          + " auth0 java-jwt (target >= " + times(AUTH0_TARGET) + ")"));
      out.append(check(aheadOfContenders(threads), "fresh tokens, " + threads + " thread"
          + (threads == 1 ? "" : "s") + ": Tollgate ahead of every contender" + contenderGap(threads)));
    }
    Optional<Figure> ours = figure(OURS_FRESH, 1);
    for (int threads : new int[] {1, 2}) {
      Optional<Figure> fresh = figure(OURS_FRESH, threads);
      out.append(check(fresh.filter(f -> !Double.isNaN(f.bytesPerOp())).map(f -> f.bytesPerOp() <= ALLOCATION_TARGET),
          "fresh tokens, " + threads + " thread" + (threads == 1 ? "" : "s") + ": Tollgate allocates "
              + fresh.map(f -> bytes(f.bytesPerOp())).orElse("?")
              + " per verification, the Session included (target <= " + bytes(ALLOCATION_TARGET) + ")"));
    }
    Optional<Double> repeated = ratioToFloor(OURS_REPEATED, 1);
    out.append(check(repeated.map(r -> r >= REPEATED_TARGET), "repeated token: Tollgate "
        + repeated.map(ResultsTable::times).orElse("?") + " the floor (target >= " + times(REPEATED_TARGET) + ")"));
    Optional<Double> scaling = figure(OURS_FRESH, 2).flatMap(two -> ours.map(one -> two.score() / one.score()));
    out.append(check(scaling.map(s -> s >= SCALING_TARGET), "2 threads: Tollgate fresh tokens "
        + scaling.map(ResultsTable::times).orElse("?") + " its 1-thread figure (target >= "
        + times(SCALING_TARGET) + "; the floor scaled "
        + figure(FLOOR, 2).flatMap(two -> figure(FLOOR, 1).map(one -> times(two.score() / one.score()))).orElse("?")
        + ")"));
    for (String hits : new String[] {OURS_REPEATED, OURS_HIT_POOL}) {
      Optional<Double> hitScaling =
          figure(hits, 2).flatMap(two -> figure(hits, 1).map(one -> two.score() / one.score()));
      out.append(check(hitScaling.map(s -> s >= SCALING_TARGET), "2 threads: Tollgate cache hits, "
          + (hits.equals(OURS_REPEATED) ? "one repeated token" : "a pool of 10,000 cached tokens") + ", "
          + hitScaling.map(ResultsTable::times).orElse("?") + " the 1-thread figure (target >= "
          + times(SCALING_TARGET) + ")"));
      for (int threads : new int[] {1, 2}) {
        Optional<Figure> hit = figure(hits, threads).filter(f -> !Double.isNaN(f.bytesPerOp()));
        out.append(check(hit.map(f -> f.bytesPerOp() < HIT_ALLOCATION_TARGET), "cache hits, "
            + (hits.equals(OURS_REPEATED) ? "one repeated token" : "a pool of 10,000 cached tokens") + ", " + threads
            + " thread" + (threads == 1 ? "" : "s") + ": " + hit.map(f -> String.format(Locale.ROOT, "%.3f B",
                f.bytesPerOp())).orElse("?") + " per hit (target: nothing, below " + bytes(HIT_ALLOCATION_TARGET)
            + ")"));
      }
    }
    for (int threads : new int[] {1, 2}) {
      Optional<Double> filter = figure(FILTER_REPEATED, threads)
          .flatMap(with -> figure(PASS_THROUGH_REPEATED, threads).map(without -> with.score() / without.score()));
      Optional<Double> noFilter = figure(FILTER_REPEATED, threads)
          .flatMap(with -> figure(NO_FILTER_REPEATED, threads).map(without -> with.score() / without.score()));
      out.append(check(filter.map(r -> r >= FILTER_TARGET), "endpoint, repeated tokens, " + threads + " connection"
          + (threads == 1 ? "" : "s") + ": with `TollgateFilter` "
          + filter.map(ResultsTable::times).orElse("not measured") + " the throughput with a pass-through filter"
          + " (target >= " + times(FILTER_TARGET) + "; " + noFilter.map(ResultsTable::times).orElse("?")
          + " the endpoint without any filter)"));
    }
    for (int threads : new int[] {1, 2}) {
      out.append(springTarget("freshToken", "fresh tokens", SPRING_FRESH_TARGET, threads));
      out.append(springTarget("repeatedToken", "repeated token", SPRING_REPEATED_TARGET, threads));
    }
    for (int threads : new int[] {1, 2}) {
      out.append(gatewayTarget("freshToken", "fresh tokens", GATEWAY_FRESH_TARGET, threads));
      out.append(gatewayTarget("repeatedToken", "repeated token", GATEWAY_REPEATED_TARGET, threads));
    }
    Optional<Figure> rotation = figure(KEY_ROTATION, 1);
    out.append(check(rotation.map(f -> f.nanosPerOp() < KEY_ROTATION_P99_TARGET_MILLIS * 1e6),
        "gateway, key fetch in flight: p99 of the requests with a loaded key "
            + rotation.map(f -> String.format(Locale.ROOT, "%.2f ms", f.nanosPerOp() / 1e6)).orElse("?")
            + " (target < " + number(KEY_ROTATION_P99_TARGET_MILLIS) + " ms; every iteration fails unless the fetch"
            + " was in flight throughout)"));
    for (String cold : new String[] {COLD_START, COLD_START_TWO}) {
      Optional<Figure> figure = figure(cold, 1);
      out.append(check(figure.map(f -> true), "cold start" + (cold.equals(COLD_START_TWO) ? ", two callers" : "")
          + ": " + figure.map(f -> String.format(Locale.ROOT, "%.2f %s", f.score(), f.unit())).orElse("?")
          + ", exactly one JWKS fetch (each iteration fails otherwise)"));
    }
    return out.toString();
  }

  private String springTarget(String method, String tokens, double target, int threads) {
    Optional<Double> ratio = figure(STARTER + method, threads)
        .flatMap(ours -> figure(RESOURCE_SERVER + method, threads).map(theirs -> ours.score() / theirs.score()));
    return check(ratio.map(r -> r >= target), "Spring Boot app, " + tokens + ", " + threads + " connection"
        + (threads == 1 ? "" : "s") + ": Tollgate's starter " + ratio.map(ResultsTable::times).orElse("?")
        + " the resource server's requests/s (target >= " + times(target) + ")");
  }

  private String gatewayTarget(String method, String tokens, double target, int threads) {
    Optional<Double> ratio = figure(GATEWAY_TOLLGATE + method, threads).flatMap(ours ->
        figure(GATEWAY_RESOURCE_SERVER + method, threads).map(theirs -> ours.score() / theirs.score()));
    return check(ratio.map(r -> r >= target), "gateway, " + tokens + ", " + threads + " connection"
        + (threads == 1 ? "" : "s") + ": Tollgate's gateway filter " + ratio.map(ResultsTable::times).orElse("?")
        + " the reactive resource server's requests/s (target >= " + times(target) + ")");
  }

  private Optional<Boolean> aheadOfContenders(int threads) {
    Optional<Figure> ours = figure(OURS_FRESH, threads);
    if (ours.isEmpty()) {
      return Optional.empty();
    }
    for (Row row : rows) {
      if (row.contender()) {
        Optional<Figure> other = figure(row.benchmark(), threads);
        if (other.isEmpty()) {
          return Optional.empty();
        }
        if (other.get().score() >= ours.get().score()) {
          return Optional.of(false);
        }
      }
    }
    return Optional.of(true);
  }

  private String contenderGap(int threads) {
    Optional<Figure> ours = figure(OURS_FRESH, threads);
    double best = 0;
    String name = "";
    for (Row row : rows) {
      Optional<Figure> other = figure(row.benchmark(), threads);
      if (row.contender() && other.isPresent() && other.get().score() > best) {
        best = other.get().score();
        name = row.verifier();
      }
    }
    if (ours.isEmpty() || best == 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (fastest contender: %s, Tollgate %s its throughput)", name,
        times(ours.get().score() / best));
  }

  private static String check(Optional<Boolean> met, String text) {
    String mark = met.map(ok -> ok ? "**met**" : "**missed**").orElse("**not measured**");
    return "- " + mark + ": " + text + "\n";
  }

  /** Three decimals below 10, so a ratio just under a target never prints as the target itself. */
  private static String times(double ratio) {
    return String.format(Locale.ROOT, ratio >= 10 ? "%.1fx" : "%.3fx", ratio);
  }

  private static String bytes(double bytes) {
    return String.format(Locale.ROOT, "%,.0f B", bytes);
  }

  private static String number(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public String toString() {
    return "ResultsTable[" + figures.size() + " figures]";
  }
}
