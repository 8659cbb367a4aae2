package com.example.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.netty.http.server.HttpServer;

class RunningGatewayTest {

  private static final int RUNS = 100;
  private static final Runtime.Version FIXED_IN = Runtime.Version.parse("1.3.8");

  /**
   * Refusals are answered at once, on the event loop. When one arrived on a keep-alive connection while the request
   * before it was still being forwarded, Reactor Netty 1.3.6 and 1.3.7 could stop reading that connection, so the
   * request after it was never answered: a self-check run failed on a timeout about once in 85 runs (7 in 600)
   * (reactor-netty#4361, fixed in 1.3.8, which the parent POM's reactor-bom.version brings). The version is checked
   * by {@link #classPathWhenResolvedThenReactorNettyIsOneWithTheKeepAliveFix()}; this test shows the symptom gone on
   * the whole stack. Run once on 1.3.6 at 300 runs, it failed with 3 unanswered requests; at 100 runs, about 1.2
   * expected, it misses the bug about once in 3.
   */
  @Test
  void selfCheckWhenRepeatedOnOneGatewayThenEveryRequestIsAnswered() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    List<String> failed = new ArrayList<>();
    try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), quiet);
        EchoUpstream upstream = EchoUpstream.start(0);
        RunningGateway gateway = RunningGateway.start(issuer.jwksUrl(), upstream.baseUrl(), 0)) {
      for (int run = 0; run < RUNS; run++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!GatewaySelfCheck.run(issuer, gateway, new PrintStream(out, true, StandardCharsets.UTF_8))) {
          int number = run;
          out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("FAIL"))
              .forEach(line -> failed.add("run " + number + ": " + line));
        }
      }
    }
    assertEquals(List.of(), failed, "checks that failed in " + RUNS + " self-check runs against one gateway");
  }

  @Test
  void classPathWhenResolvedThenReactorNettyIsOneWithTheKeepAliveFix() {
    String version = HttpServer.class.getPackage().getImplementationVersion();

    assertNotNull(version, "Reactor Netty's Implementation-Version");
    assertTrue(Runtime.Version.parse(version).compareTo(FIXED_IN) >= 0,
        "Reactor Netty " + version + " on the class path; the keep-alive fix of reactor-netty#4361 is in " + FIXED_IN);
  }
}
