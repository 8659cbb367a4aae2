package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SelfCheckTest {

  @Test
  void runWhenSelfCheckFlagThenEveryCheckPassesAndExitIsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Demo.run(new String[] {"--self-check"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), name -> null);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    long passes = printed.lines().filter(line -> line.startsWith("PASS  ")).count();
    int expected = Scenarios.all().size() + 11;
    assertEquals(expected, passes, printed);
    assertFalse(printed.contains("FAIL"), printed);
    assertTrue(printed.contains(expected + " of " + expected + " checks passed."), printed);
  }

  @Test
  void runWhenServicesMisconfiguredThenFailuresAreReportedAndResultIsFalse() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    // Wrong configuration on purpose: no authorized-party check, so the wrong-party token gets in.
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (DemoStack stack = DemoStack.startLocal(DemoOptions.Ports.FREE, quiet,
        (jwks, issuer) -> SessionVerifier.builder().jwksUrl(jwks).keyFetchTimeout(Duration.ofSeconds(2)).build())) {

      boolean passed = SelfCheck.run(stack, print);

      String printed = out.toString(StandardCharsets.UTF_8);
      assertFalse(passed, printed);
      assertTrue(printed.lines().anyMatch(line -> line.startsWith("FAIL  wrong authorized party (azp)")
          && line.contains("status 200, expected 401")), printed);
      assertTrue(printed.contains("1 FAILED."), printed);
    }
  }
}
