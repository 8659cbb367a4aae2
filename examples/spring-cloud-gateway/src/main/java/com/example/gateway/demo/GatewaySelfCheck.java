package com.example.gateway.demo;

import dev.tollgate.examples.HttpChecks;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.PrintStream;

/**
 * Sends every {@link GatewayScenarios scenario} to a running {@link RunningGateway}, one line per check. Stateless.
 */
final class GatewaySelfCheck {

  private GatewaySelfCheck() {}

  /**
   * Runs every check.
   *
   * @param issuer the issuer the gateway verifies against, which mints the tokens
   * @param gateway the running gateway
   * @param out where the lines go
   * @return {@code true} if every check passed
   */
  static boolean run(LocalIssuer issuer, RunningGateway gateway, PrintStream out) {
    out.println("Tollgate Spring Cloud Gateway self-check: issuer " + issuer.baseUrl() + ", gateway "
        + gateway.baseUrl());
    out.println();
    HttpChecks checks = new HttpChecks(out);
    checks.scenarios(GatewayScenarios.all(), target -> gateway.baseUrl(), issuer);
    return checks.summarize();
  }
}
