package com.example.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class GatewaySelfCheckTest {

  @Test
  void runWhenUserIdForwardedUnderAnotherNameThenTheFailuresAreReportedAndResultIsFalse() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    // Wrong on purpose: the upstream expects X-Clerk-User-Id.
    try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), quiet);
        EchoUpstream upstream = EchoUpstream.start(0);
        RunningGateway gateway = RunningGateway.start(issuer.jwksUrl(), upstream.baseUrl(), 0,
            "tollgate.gateway.headers.user-id=X-Clerk-Subject")) {

      boolean passed = GatewaySelfCheck.run(issuer, gateway, new PrintStream(out, true, StandardCharsets.UTF_8));

      String printed = out.toString(StandardCharsets.UTF_8);
      assertFalse(passed, printed);
      assertTrue(printed.lines().anyMatch(line -> line.startsWith("FAIL  signed in ")
          && line.contains("receivedIdentityHeaders.X-Clerk-User-Id is absent, expected 'user_local'")), printed);
      assertTrue(printed.contains("2 FAILED."), printed);
    }
  }
}
