package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.examples.testing.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DemoStackTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void closeWhenRunningThenEveryPortRefuses() throws Exception {
    DemoStack stack = DemoStack.startLocal(DemoOptions.Ports.FREE, QUIET);
    URI issuer = stack.issuer().orElseThrow().baseUrl();
    URI app = stack.app().baseUrl();
    URI gateway = stack.gateway().baseUrl();
    assertEquals(200, Http.get(app.resolve("/health")).statusCode());

    stack.close();

    for (URI server : new URI[] {issuer, app, gateway}) {
      assertThrows(UncheckedIOException.class, () -> Http.get(server.resolve("/")), server.toString());
    }
  }

  @Test
  void startLocalWhenGatewayPortTakenThenFailsAndLeavesNothingRunning() throws Exception {
    try (LoopbackServer taken = LoopbackServer.bind("taken", 0)) {
      int issuerPort;
      try (LoopbackServer free = LoopbackServer.bind("free", 0)) {
        issuerPort = free.port();
      }
      IOException failed = assertThrows(IOException.class, () -> DemoStack.startLocal(
          new DemoOptions.Ports(issuerPort, 0, taken.port()), QUIET));

      assertTrue(failed.getMessage().contains("--gateway-port"), failed.getMessage());
      try (LoopbackServer again = LoopbackServer.bind("issuer", issuerPort)) {
        assertEquals(issuerPort, again.port());
      }
    }
  }
}
