package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.examples.support.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MintCommandTest {

  @Test
  void runWhenIssuerRunsThenOnlyItsTokenOnStdout() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
        SessionVerifier verifier = SessionVerifier.builder().jwksUrl(issuer.jwksUrl()).build()) {

      int exit = MintCommand.run(List.of("role=admin", "sub=user_cli"), issuer.baseUrl(),
          new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

      List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(0, exit);
      assertEquals(1, printed.size());
      Session session = verifier.verify(printed.get(0));
      assertEquals("user_cli", session.userId());
      assertTrue(session.hasRole("org:admin"));
    }
  }

  @Test
  void runWhenBadParameterThenStatus2AndMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = MintCommand.run(List.of("lifetime=soon"), URI.create("http://127.0.0.1:9"), System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("lifetime must be a whole number"));
  }

  @Test
  void runWhenNoIssuerThenOneOffKeyWhosePemVerifiesTheToken() throws Exception {
    URI nobody;
    try (LoopbackServer closed = LoopbackServer.bind("dead", 0)) {
      nobody = closed.baseUrl();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = MintCommand.run(List.of("sub=user_offline"), nobody, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String notes = err.toString(StandardCharsets.UTF_8);
    String pem = notes.substring(notes.indexOf("-----BEGIN PUBLIC KEY-----"));
    assertEquals(0, exit);
    assertTrue(notes.contains(LocalIssuer.DEV_WARNING), notes);
    try (SessionVerifier verifier = SessionVerifier.builder().jwtKey(pem).issuer(nobody.toString()).build()) {
      assertEquals("user_offline", verifier.verify(out.toString(StandardCharsets.UTF_8).strip()).userId());
    }
  }
}
