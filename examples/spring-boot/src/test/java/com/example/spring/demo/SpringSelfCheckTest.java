package com.example.spring.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SpringSelfCheckTest {

  @Test
  void runWhenPublicPathsMisconfiguredThenTheFailureIsReportedAndResultIsFalse() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Wrong on purpose: /api/public/** is left out of the public paths, so it needs a session.
    String misconfigured = "tollgate.public-paths=/actuator/health/**";
    try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
        RunningApp app = RunningApp.start(issuer.jwksUrl(), 0, misconfigured)) {

      boolean passed = SpringSelfCheck.run(issuer, app, new PrintStream(out, true, StandardCharsets.UTF_8),
          misconfigured);

      String printed = out.toString(StandardCharsets.UTF_8);
      assertFalse(passed, printed);
      assertTrue(printed.lines().anyMatch(line -> line.startsWith("FAIL  public path, no token")
          && line.contains("status 401 (session-token-missing), expected 200")), printed);
      assertTrue(printed.contains("2 FAILED."), printed);
    }
  }
}
