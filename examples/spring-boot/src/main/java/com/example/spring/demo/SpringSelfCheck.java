package com.example.spring.demo;

import static dev.tollgate.examples.HttpChecks.get;

import dev.tollgate.examples.Expectation;
import dev.tollgate.examples.HttpChecks;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.web.AuthResult;
import java.io.PrintStream;
import java.util.Map;

/**
 * Sends every {@link SpringScenarios scenario} to a running {@link RunningApp}, then checks Actuator's health
 * endpoint and an outage: with the issuer stopped, the app keeps verifying with its cached keys, while an app that
 * never loaded keys answers 503 and reports DOWN. One line per check. Stateless.
 */
final class SpringSelfCheck {

  private SpringSelfCheck() {}

  /**
   * Runs every check.
   *
   * @param issuer the issuer the app verifies against; stopped at the end
   * @param app the running application
   * @param out where the lines go
   * @param coldAppProperties more properties of the app started without keys
   * @return {@code true} if every check passed
   */
  static boolean run(LocalIssuer issuer, RunningApp app, PrintStream out, String... coldAppProperties) {
    out.println("Tollgate Spring Boot self-check: issuer " + issuer.baseUrl() + ", app " + app.baseUrl());
    out.println();
    HttpChecks checks = new HttpChecks(out);
    checks.scenarios(SpringScenarios.all(), target -> app.baseUrl(), issuer);
    checks.send("actuator health is public and reports the keys", get(app.baseUrl(), "/actuator/health", null,
        Map.of()), Expectation.status(200).json("status", "UP").json("components.tollgateKeys.status", "UP")
        .json("components.tollgateKeys.details.state", "HEALTHY"));

    issuer.close();
    String token = issuer.token().sign();
    checks.send("issuer stopped: the app still verifies with its cached keys",
        get(app.baseUrl(), "/api/me", token, Map.of()), Expectation.status(200));
    try (RunningApp cold = RunningApp.start(issuer.jwksUrl(), 0, coldAppProperties)) {
      checks.send("issuer stopped: an app without keys answers 503", get(cold.baseUrl(), "/api/me", token, Map.of()),
          Expectation.status(503).headerPresent("Retry-After")
              .json("reason", AuthResult.Unavailable.REASON_KEYS_UNAVAILABLE));
      checks.send("issuer stopped: health of an app without keys is 503 DOWN",
          get(cold.baseUrl(), "/actuator/health", null, Map.of()),
          Expectation.status(503).json("status", "DOWN").json("components.tollgateKeys.status", "DOWN"));
    } catch (RuntimeException failedToStart) {
      checks.fail("issuer stopped: an app without keys", "could not start it: " + failedToStart.getMessage());
    }
    return checks.summarize();
  }
}
