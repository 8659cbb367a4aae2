package com.example.spring.demo;

import dev.tollgate.examples.CurlLines;
import dev.tollgate.examples.DemoCommand;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The Spring Boot demo's entry point. From the repository root:
 * <pre>
 * mvn -q -pl examples/spring-boot -am compile -Pspring-demo                               # until Ctrl-C
 * mvn -q -pl examples/spring-boot -am compile -Pspring-demo -Dexec.args="--self-check"    # exit 0/1
 * </pre>
 * The demo starts the examples' local development issuer on {@value #ISSUER_PORT} and {@link RunningApp the
 * application} on {@value #APP_PORT}, prints one {@code curl} line per {@link SpringScenarios scenario} and runs
 * until Ctrl-C; the self-check uses free ports, sends every request itself ({@link SpringSelfCheck}) and exits
 * with 0 only if every answer is right.
 */
public final class SpringDemo {

  /** The command that runs the demo, as documented: {@value}. */
  public static final String RUN_COMMAND = "mvn -q -pl examples/spring-boot -am compile -Pspring-demo";
  /** The demo's issuer port: {@value}, the examples' issuer port, so their {@code mint} command works too. */
  static final int ISSUER_PORT = LocalIssuer.DEFAULT_PORT;
  /** The demo's application port: {@value}, Spring Boot's default. */
  static final int APP_PORT = 8080;

  private SpringDemo() {}

  /**
   * Runs the demo.
   *
   * @param args nothing, {@code --self-check} or {@code --help}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the demo with the given streams; blocks until interrupted unless checking.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status: 0 success, 1 a check or the start failed, 2 bad arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    quietIssuerLogs();
    return DemoCommand.run(args, out, err, () -> start(ISSUER_PORT, APP_PORT, out), () -> {
      try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), out);
          RunningApp app = RunningApp.start(issuer.jwksUrl(), 0)) {
        return SpringSelfCheck.run(issuer, app, out);
      }
    }, usage());
  }

  /**
   * Starts the issuer and the application and prints what runs where and the {@code curl} lines; does not block.
   *
   * @param issuerPort the issuer's port, 0 for a free one
   * @param appPort the application's port, 0 for a free one
   * @param out where to print
   * @return both, closed together (the application first)
   * @throws IOException if the issuer's port is taken
   * @throws RuntimeException as Spring Boot throws it when the application cannot start
   */
  static AutoCloseable start(int issuerPort, int appPort, PrintStream out) throws IOException {
    out.println("Tollgate Spring Boot demo: everything runs on 127.0.0.1, offline.");
    LocalIssuer issuer = LocalIssuer.start(issuerPort, Clock.systemUTC(), out);
    RunningApp app;
    try {
      app = RunningApp.start(issuer.jwksUrl(), appPort);
    } catch (RuntimeException failed) {
      issuer.close();
      throw failed;
    }
    out.println("Spring Boot app on " + app.baseUrl() + ": tollgate-spring-boot-starter, clerk.jwks-url="
        + issuer.jwksUrl() + "; /api/public/** and /actuator/health are public.");
    out.println();
    out.println("Paste any line below into another terminal (tokens live "
        + CurlLines.PRINTED_TOKEN_LIFETIME_SECONDS / 60 + " minutes).");
    out.println();
    CurlLines.print(out, SpringScenarios.all(), target -> app.baseUrl(), issuer);
    out.println("Health:       curl -s " + app.baseUrl() + "/actuator/health");
    out.println("More tokens:  curl '" + issuer.mintUrl() + "?role=admin&lifetime=600'   (parameters: curl "
        + issuer.baseUrl() + "/)");
    out.println("Self-check:   " + RUN_COMMAND + " -Dexec.args=\"--self-check\"");
    return () -> {
      app.close();
      issuer.close();
    };
  }

  /**
   * The issuer's Jetty starts before Spring Boot sets up logging (with {@code logging.level.root=WARN}, see
   * {@link RunningApp}), when Logback would still print its INFO lines.
   */
  private static void quietIssuerLogs() {
    LoggingSystem.get(SpringDemo.class.getClassLoader()).setLogLevel("org.eclipse.jetty", LogLevel.WARN);
  }

  /** @return the usage text */
  static String usage() {
    return String.join("\n",
        "Tollgate Spring Boot demo: a local development issuer and a Spring Boot app, on 127.0.0.1.",
        "",
        "  (no arguments)   start the issuer on :" + ISSUER_PORT + " and the app on :" + APP_PORT
            + "; print curl lines; Ctrl-C stops",
        "  --self-check     start both on free ports, check every endpoint, exit 0 only if all pass",
        "",
        "From the repository root:",
        "  " + RUN_COMMAND + " -Dexec.args=\"--self-check\"");
  }
}
