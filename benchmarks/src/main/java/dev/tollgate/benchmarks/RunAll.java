package dev.tollgate.benchmarks;

import dev.tollgate.benchmarks.gateway.GatewayBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every scenario and writes the results table into {@code benchmarks/README.md}:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar
 * </pre>
 *
 * <p>It mints the token fixture once and hands it to every forked JVM, runs the throughput scenarios at 1 and
 * then 2 threads with the GC profiler, then the cold start, then the floor and Tollgate's fresh-token figure
 * once more back to back (a check of how steady the machine was), and renders the figures with ratios to the
 * floor of the same run ({@link ResultsTable}). JMH's JSON results are kept in {@code benchmarks/target/}.
 *
 * <p>Options, for development: {@code --quick} (short iterations; README untouched unless {@code --readme}),
 * {@code --include REGEX} (only matching benchmarks; README untouched unless {@code --readme}),
 * {@code --readme PATH} (where to write), {@code --no-readme}. Exits with status 1 if a required figure is
 * missing (a benchmark failed).
 */
public final class RunAll {

  static final String THROUGHPUT_SCENARIOS =
      "dev\\.tollgate\\.benchmarks\\.(FloorBenchmark|FreshTokensBenchmark|RepeatedTokenBenchmark|CacheHitPoolBenchmark"
          + "|JwksWarmBenchmark"
          + "|endpoint\\.(No)?FilterEndpointBenchmark|spring\\.(TollgateStarter|ResourceServer)Benchmark"
          + "|gateway\\.(TollgateGateway|ResourceServerGateway)Benchmark)\\.";
  private static final String COLD_START = "dev\\.tollgate\\.benchmarks\\.ColdStartBenchmark\\.";
  /** Sampled latency with its own iteration times (shorter than the held key fetch): see the benchmark. */
  static final String KEY_ROTATION = "dev\\.tollgate\\.benchmarks\\.gateway\\.GatewayKeyRotationBenchmark\\.";
  /**
   * The filter target is a ratio of two noisy endpoint figures (the filter against a pass-through filter), so
   * the repeated-token legs run with more forks.
   */
  static final String ENDPOINT_REPEATED =
      "dev\\.tollgate\\.benchmarks\\.endpoint\\.(No|PassThrough)?FilterEndpointBenchmark\\.repeatedToken$";
  /** Forks for {@link #ENDPOINT_REPEATED} in a full run; every other scenario runs in one fork. */
  static final int ENDPOINT_REPEATED_FORKS = 3;
  private static final String RECHECK =
      "dev\\.tollgate\\.benchmarks\\.(FloorBenchmark\\.floor|FreshTokensBenchmark\\.tollgate)$";
  /** The gateway scenario's upstream needs {@link GatewayBenchmark#NO_DELAY}; these replace its {@code @Fork}'s. */
  private static final String[] JVM_ARGS = {"-Xms1g", "-Xmx1g", GatewayBenchmark.NO_DELAY};

  private RunAll() {}

  /** What to run and where to write. */
  record Plan(int warmupIterations, int warmupMillis, int measurementIterations, int measurementSeconds,
      int coldWarmup, int coldMeasurement, int endpointRepeatedForks, @Nullable String include,
      @Nullable Path readme) {

    static Plan parse(String[] args) {
      boolean quick = false;
      boolean noReadme = false;
      String include = null;
      Path readme = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick":
            quick = true;
            break;
          case "--no-readme":
            noReadme = true;
            break;
          case "--include":
            include = value(args, ++i, "--include");
            break;
          case "--readme":
            readme = Path.of(value(args, ++i, "--readme"));
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]
                + "; use --quick, --include REGEX, --readme PATH, --no-readme");
        }
      }
      if (readme == null && !quick && include == null && !noReadme) {
        readme = defaultReadme();
      }
      if (noReadme) {
        readme = null;
      }
      return quick ? new Plan(1, 1000, 2, 1, 3, 5, 1, include, readme)
          : new Plan(3, 1500, 4, 2, 20, 60, ENDPOINT_REPEATED_FORKS, include, readme);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }

    String describe() {
      return String.format(Locale.ROOT, "JMH 1.37, 1 fork per benchmark (" + endpointRepeatedForks
              + " for the three endpoint repeated-token legs), warmup %d x %.1f s (after the JDK's RSA"
              + " code is warmed in setup), measurement %d x %d s, throughput mode, `-prof gc`, JVM `%s`; cold start:"
              + " single-shot time, %d warmup + %d measured cold starts; gateway key rotation: sampled time, 5 warmup +"
              + " 10 measured iterations of 1 s, a new gateway each", warmupIterations, warmupMillis / 1000.0,
          measurementIterations, measurementSeconds, String.join(" ", JVM_ARGS), coldWarmup, coldMeasurement);
    }
  }

  /**
   * Runs the benchmarks.
   *
   * @param args see the class documentation
   */
  public static void main(String[] args) throws Exception {
    Plan plan;
    try {
      plan = Plan.parse(args);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    Path target = moduleDirectory().resolve("target");
    Files.createDirectories(target);
    Path fixtureFile = target.resolve("benchmark-tokens.txt");
    BenchmarkFixture.mint(BenchmarkFixture.DEFAULT_POOL_SIZE).writeTo(fixtureFile);
    List<String> jvmArgs = new ArrayList<>(List.of(JVM_ARGS));
    jvmArgs.add("-D" + BenchmarkFixture.FILE_PROPERTY + "=" + fixtureFile.toAbsolutePath());

    Predicate<String> selected = selection(plan.include());
    List<Figure> figures = new ArrayList<>();
    for (int threads : new int[] {1, 2}) {
      ChainedOptionsBuilder options = common(jvmArgs, target.resolve("jmh-threads-" + threads + ".json"))
          .include(plan.include() != null ? plan.include() : THROUGHPUT_SCENARIOS)
          .exclude(COLD_START)
          .exclude(ENDPOINT_REPEATED);
      figures.addAll(run(throughput(options, plan, threads)));
      if (selected.test("FilterEndpointBenchmark.repeatedToken")
          || selected.test("NoFilterEndpointBenchmark.repeatedToken")
          || selected.test("PassThroughFilterEndpointBenchmark.repeatedToken")) {
        ChainedOptionsBuilder repeated = common(jvmArgs,
            target.resolve("jmh-endpoint-repeated-" + threads + ".json"))
            .include(ENDPOINT_REPEATED)
            .forks(plan.endpointRepeatedForks());
        figures.addAll(run(throughput(repeated, plan, threads)));
      }
    }
    if (selected.test("ColdStartBenchmark.firstToken") || selected.test("ColdStartBenchmark.firstTokenTwoCallers")) {
      ChainedOptionsBuilder options = common(jvmArgs, target.resolve("jmh-cold-start.json"))
          .include(COLD_START)
          .threads(1)
          .warmupIterations(plan.coldWarmup())
          .measurementIterations(plan.coldMeasurement());
      figures.addAll(run(options));
    }
    if (selected.test("GatewayKeyRotationBenchmark.knownKid")) {
      figures.addAll(run(common(jvmArgs, target.resolve("jmh-key-rotation.json")).include(KEY_ROTATION).threads(1)));
    }
    List<Figure> recheck = new ArrayList<>();
    if (plan.include() == null) {
      ChainedOptionsBuilder options = common(jvmArgs, target.resolve("jmh-recheck.json")).include(RECHECK);
      recheck.addAll(run(throughput(options, plan, 1)));
    }

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    ResultsTable table = new ResultsTable(figures, versions(), selected);
    String section = table.render(MachineInfo.describe(), plan.describe() + ". The whole run took "
        + took.toMinutes() + " min " + took.toSecondsPart() + " s.", recheck);
    Files.writeString(target.resolve("benchmark-results.md"), section, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(section);
    if (plan.readme() != null) {
      ReadmeSection.rewrite(plan.readme(), section);
      System.out.println("Wrote the results into " + plan.readme());
    }
    if (!table.complete()) {
      System.err.println("Missing figures (their benchmarks failed): " + table.missingRequired());
      System.exit(1);
    }
  }

  /** @return which benchmarks ({@code SimpleClassName.method}) an {@code --include} pattern selects */
  static Predicate<String> selection(@Nullable String include) {
    if (include == null) {
      return name -> true;
    }
    Pattern pattern = Pattern.compile(include);
    return name -> pattern.matcher("dev.tollgate.benchmarks." + name).find()
        || pattern.matcher("dev.tollgate.benchmarks.endpoint." + name).find()
        || pattern.matcher("dev.tollgate.benchmarks.spring." + name).find()
        || pattern.matcher("dev.tollgate.benchmarks.gateway." + name).find();
  }

  private static ChainedOptionsBuilder throughput(ChainedOptionsBuilder options, Plan plan, int threads) {
    return options
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .threads(threads)
        .warmupIterations(plan.warmupIterations())
        .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
        .measurementIterations(plan.measurementIterations())
        .measurementTime(TimeValue.seconds(plan.measurementSeconds()));
  }

  private static ChainedOptionsBuilder common(List<String> jvmArgs, Path result) {
    return new OptionsBuilder()
        .forks(1)
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend(jvmArgs.toArray(new String[0]))
        .shouldFailOnError(false)
        .result(result.toString())
        .resultFormat(ResultFormatType.JSON);
  }

  /** Runs what the options select; an {@code --include} that selects none of them runs nothing, no failure. */
  private static List<Figure> run(ChainedOptionsBuilder options) throws RunnerException {
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (NoBenchmarksException noneSelected) {
      return List.of();
    }
    List<Figure> figures = new ArrayList<>();
    for (RunResult result : results) {
      figures.add(figure(result));
    }
    return figures;
  }

  /**
   * @param result one benchmark's result
   * @return its figure: the score, or for sampled latency its 99th percentile (without an error)
   */
  static Figure figure(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    String[] parts = benchmark.split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    Result<?> primary = result.getPrimaryResult();
    if (result.getParams().getMode() == Mode.SampleTime) {
      return new Figure(name, result.getParams().getThreads(), primary.getStatistics().getPercentile(99),
          Double.NaN, primary.getScoreUnit(), bytesPerOp(result));
    }
    return new Figure(name, result.getParams().getThreads(), primary.getScore(), primary.getScoreError(),
        primary.getScoreUnit(), bytesPerOp(result));
  }

  private static double bytesPerOp(RunResult result) {
    double bytesPerOp = Double.NaN;
    for (String label : result.getSecondaryResults().keySet()) {
      if (label.endsWith("gc.alloc.rate.norm")) {
        bytesPerOp = result.getSecondaryResults().get(label).getScore();
      }
    }
    return bytesPerOp;
  }

  private static Map<String, String> versions() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RunAll.class.getResourceAsStream("/contender-versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    Map<String, String> versions = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> versions.put(name, properties.getProperty(name)));
    return versions;
  }

  /** The {@code benchmarks/} folder: the parent of {@code target/}, where the jar or the classes are. */
  static Path moduleDirectory() {
    try {
      Path location = Path.of(RunAll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path targetDirectory = location.getParent();
      if (targetDirectory != null && targetDirectory.getFileName() != null
          && targetDirectory.getFileName().toString().equals("target") && targetDirectory.getParent() != null) {
        return targetDirectory.getParent();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
      // fall back to the working directory
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("benchmarks")) ? here.resolve("benchmarks") : here;
  }

  private static Path defaultReadme() {
    return moduleDirectory().resolve("README.md");
  }
}
