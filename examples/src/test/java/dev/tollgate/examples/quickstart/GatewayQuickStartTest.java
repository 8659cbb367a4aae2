package dev.tollgate.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.ChildJvm;
import dev.tollgate.examples.testing.Http;
import dev.tollgate.examples.testing.RecordingUpstream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the README's gateway quick start as printed, in its own JVM, between the local issuer and an upstream. */
class GatewayQuickStartTest {

  private static LocalIssuer issuer;
  private static RecordingUpstream upstream;
  private static ChildJvm gateway;

  @BeforeAll
  static void start() throws Exception {
    issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    upstream = RecordingUpstream.start();
    gateway = ChildJvm.start(GatewayQuickStart.class, Map.of("CLERK_JWKS_URL", issuer.jwksUrl().toString(),
        "UPSTREAM_URL", upstream.baseUrl().toString(), "PORT", "0"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (gateway != null) {
      gateway.close();
    }
    upstream.close();
    issuer.close();
  }

  @Test
  void mainWhenSignedInThenForwardedWithVerifiedIdentityOnly() {
    String token = mint(issuer.token().orgRole("admin"));

    HttpResponse<String> response = Http.get(gateway.baseUrl().resolve("/api/me?page=2"),
        "Authorization", "Bearer " + token, "X-User-Id", "user_forged");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("(none)"));
    Map<String, Object> seen = Json.parseObject(response.body());
    assertEquals("/api/me?page=2", seen.get("pathQuery"));
    Map<?, ?> headers = (Map<?, ?>) seen.get("headers");
    assertEquals(List.of(LocalIssuer.DEFAULT_USER_ID), headers.get("x-user-id"), "X-User-Id upstream");
    assertEquals(List.of(TokenSpec.DEFAULT_ORG_ID), headers.get("x-org-id"), "X-Org-Id upstream");
  }

  @Test
  void mainWhenNoTokenThen401FromTheGatewayAndNothingForwarded() {
    int before = upstream.requests();

    HttpResponse<String> response = Http.get(gateway.baseUrl().resolve("/api/me"));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("Bearer realm=\"api\"", response.headers().firstValue("WWW-Authenticate").orElse("(none)"));
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("(none)"));
    assertEquals(before, upstream.requests(), "requests forwarded upstream");
  }

  @Test
  void mainWhenTokenMintedForAnotherOriginThen401InvalidAuthorizedParties() {
    String token = mint(issuer.token().authorizedParty("https://evil.example"));

    HttpResponse<String> response = Http.getWithToken(gateway.baseUrl().resolve("/api/me"), token);

    assertEquals(401, response.statusCode(), response.body());
    assertEquals("token-invalid-authorized-parties", Json.parseObject(response.body()).get("reason"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://evil.example/steal?x=1", "//evil.example/steal?x=1"})
  void mainWhenRequestTargetNamesAnotherHostThenOnlyItsPathGoesUpstream(String target) throws IOException {
    String token = mint(issuer.token());

    try (Socket socket = new Socket(gateway.baseUrl().getHost(), gateway.baseUrl().getPort())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
          + token + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      String statusLine = answer.readLine();
      String line = answer.readLine();
      while (line != null && !line.isEmpty()) {
        line = answer.readLine();
      }
      String body = answer.readLine();

      assertEquals("HTTP/1.1 200 OK", statusLine, body);
      assertEquals("/steal?x=1", Json.parseObject(String.valueOf(body)).get("pathQuery"));
    }
  }

  private static String mint(TokenSpec spec) {
    return spec.sign();
  }
}
