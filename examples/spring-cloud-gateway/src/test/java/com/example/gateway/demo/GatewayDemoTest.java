package com.example.gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatewayDemoTest {

  @Test
  void runWhenSelfCheckThenEveryCheckPassesAndExitIsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = GatewayDemo.run(new String[] {"--self-check"}, print(out), print(err));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    int expected = GatewayScenarios.all().size();
    assertEquals(expected, printed.lines().filter(line -> line.startsWith("PASS  ")).count(), printed);
    assertFalse(printed.contains("FAIL"), printed);
    assertTrue(printed.contains(expected + " of " + expected + " checks passed."), printed);
  }

  @Test
  void startWhenDemoThenOneCurlLinePerScenarioAndTheForgedLineShowsTheTokensUser() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (AutoCloseable running = GatewayDemo.start(0, 0, 0, print(out))) {
      String printed = out.toString(StandardCharsets.UTF_8);
      List<String> curls = printed.lines().filter(line -> line.startsWith("curl -si http://127.0.0.1:")).toList();
      assertEquals(GatewayScenarios.all().size(), curls.size(), printed);
      String forged = curls.stream().filter(line -> line.contains("user_forged") && line.contains("Bearer"))
          .findFirst().orElseThrow();
      Matcher line = Pattern.compile("curl -si (\\S+) -H '(X-Clerk-User-Id): ([^']+)' -H '[^']+'"
          + " -H 'Authorization: Bearer ([^']+)'").matcher(forged);
      assertTrue(line.matches(), forged);

      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(line.group(1)))
          .header(line.group(2), line.group(3)).header("Authorization", "Bearer " + line.group(4)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), "the printed forged-header line; body " + response.body());
      assertTrue(response.body().contains("\"X-Clerk-User-Id\":\"user_local\""), response.body());
      assertFalse(response.body().contains("user_forged"), response.body());
    }
  }

  @Test
  void runWhenUnknownArgumentThenUsageAndExitTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = GatewayDemo.run(new String[] {"--selfcheck"}, print(new ByteArrayOutputStream()), print(err));

    assertEquals(2, exit, "exit status");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--self-check"), err.toString(StandardCharsets.UTF_8));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
