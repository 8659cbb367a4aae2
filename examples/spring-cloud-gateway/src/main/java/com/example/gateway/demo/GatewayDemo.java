package com.example.gateway.demo;

import dev.tollgate.examples.CurlLines;
import dev.tollgate.examples.DemoCommand;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The Spring Cloud Gateway demo's entry point. From the repository root:
 * <pre>
 * mvn -q -pl examples/spring-cloud-gateway -am compile -Pgateway-demo                               # until Ctrl-C
 * mvn -q -pl examples/spring-cloud-gateway -am compile -Pgateway-demo -Dexec.args="--self-check"    # exit 0/1
 * </pre>
 * The demo starts the examples' local development issuer on {@value #ISSUER_PORT}, {@link EchoUpstream the upstream}
 * on {@value #UPSTREAM_PORT} and {@link RunningGateway the gateway} on {@value #GATEWAY_PORT}, prints one
 * {@code curl} line per {@link GatewayScenarios scenario} and runs until Ctrl-C; the self-check uses free ports,
 * sends every request itself ({@link GatewaySelfCheck}) and exits with 0 only if every answer is right.
 */
public final class GatewayDemo {

  /** The command that runs the demo, as documented: {@value}. */
  public static final String RUN_COMMAND = "mvn -q -pl examples/spring-cloud-gateway -am compile -Pgateway-demo";
  /** The demo's issuer port: {@value}, the examples' issuer port, so their {@code mint} command works too. */
  static final int ISSUER_PORT = LocalIssuer.DEFAULT_PORT;
  /** The demo's gateway port: {@value}, Spring Boot's default. */
  static final int GATEWAY_PORT = 8080;
  /** The demo's upstream port: {@value}, {@code upstream.url} in application.yml. */
  static final int UPSTREAM_PORT = 8081;

  private GatewayDemo() {}

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
    quietJettyLogs();
    return DemoCommand.run(args, out, err, () -> start(ISSUER_PORT, UPSTREAM_PORT, GATEWAY_PORT, out), () -> {
      try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), out);
          EchoUpstream upstream = EchoUpstream.start(0);
          RunningGateway gateway = RunningGateway.start(issuer.jwksUrl(), upstream.baseUrl(), 0)) {
        return GatewaySelfCheck.run(issuer, gateway, out);
      }
    }, usage());
  }

  /**
   * Starts the issuer, the upstream and the gateway and prints what runs where and the {@code curl} lines; does not
   * block.
   *
   * @param issuerPort the issuer's port, 0 for a free one
   * @param upstreamPort the upstream's port, 0 for a free one
   * @param gatewayPort the gateway's port, 0 for a free one
   * @param out where to print
   * @return all three, closed together (the gateway first)
   * @throws IOException if the issuer's or the upstream's port is taken
   * @throws RuntimeException as Spring Boot throws it when the gateway cannot start
   */
  static AutoCloseable start(int issuerPort, int upstreamPort, int gatewayPort, PrintStream out) throws IOException {
    out.println("Tollgate Spring Cloud Gateway demo: everything runs on 127.0.0.1, offline.");
    LocalIssuer issuer = LocalIssuer.start(issuerPort, Clock.systemUTC(), out);
    EchoUpstream upstream;
    RunningGateway gateway;
    try {
      upstream = EchoUpstream.start(upstreamPort);
    } catch (IOException failed) {
      issuer.close();
      throw failed;
    }
    try {
      gateway = RunningGateway.start(issuer.jwksUrl(), upstream.baseUrl(), gatewayPort);
    } catch (RuntimeException failed) {
      upstream.close();
      issuer.close();
      throw failed;
    }
    out.println("Upstream on " + upstream.baseUrl() + ": answers with the X-Clerk-* headers it received.");
    out.println("Gateway on " + gateway.baseUrl() + ": tollgate-spring-cloud-gateway, clerk.jwks-url="
        + issuer.jwksUrl() + "; /api/** needs a session, /admin/** the role org:admin, /public/** nothing.");
    out.println();
    out.println("Paste any line below into another terminal (tokens live "
        + CurlLines.PRINTED_TOKEN_LIFETIME_SECONDS / 60 + " minutes).");
    out.println();
    CurlLines.print(out, GatewayScenarios.all(), target -> gateway.baseUrl(), issuer);
    out.println("More tokens:  curl '" + issuer.mintUrl() + "?role=admin&lifetime=600'   (parameters: curl "
        + issuer.baseUrl() + "/)");
    out.println("Self-check:   " + RUN_COMMAND + " -Dexec.args=\"--self-check\"");
    return () -> {
      gateway.close();
      upstream.close();
      issuer.close();
    };
  }

  /**
   * The issuer's and the upstream's Jetty start before Spring Boot sets up logging (with
   * {@code logging.level.root=WARN}, see {@link RunningGateway}), when Logback would still print its INFO lines.
   */
  private static void quietJettyLogs() {
    LoggingSystem.get(GatewayDemo.class.getClassLoader()).setLogLevel("org.eclipse.jetty", LogLevel.WARN);
  }

  /** @return the usage text */
  static String usage() {
    return String.join("\n",
        "Tollgate Spring Cloud Gateway demo: a local development issuer, an upstream and a gateway, on 127.0.0.1.",
        "",
        "  (no arguments)   start the issuer on :" + ISSUER_PORT + ", the upstream on :" + UPSTREAM_PORT
            + " and the gateway on :" + GATEWAY_PORT + "; print curl lines; Ctrl-C stops",
        "  --self-check     start all three on free ports, check every route, exit 0 only if all pass",
        "",
        "From the repository root:",
        "  " + RUN_COMMAND + " -Dexec.args=\"--self-check\"");
  }
}
