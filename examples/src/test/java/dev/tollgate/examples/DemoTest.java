package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.examples.testing.Http;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static final Pattern EXPECTED_STATUS = Pattern.compile("^# \\d+\\. .*  ->  (\\d{3})\\b.*");
  private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

  /** Every printed line is sent as curl would send it, and answers the status printed above it. */
  @Test
  void startWhenDemoThenEveryPrintedCurlLineAnswersAsPrinted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DemoOptions options = DemoOptions.parse("--issuer-port", "0", "--app-port", "0", "--gateway-port", "0");

    List<String> lines;
    int checked = 0;
    try (DemoStack stack = Demo.start(options, new PrintStream(out, true, StandardCharsets.UTF_8), name -> null)) {
      lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size() - 1; i++) {
        Matcher expected = EXPECTED_STATUS.matcher(lines.get(i));
        if (expected.matches()) {
          HttpResponse<String> response = Http.send(asRequest(lines.get(i + 1)));
          assertEquals(Integer.parseInt(expected.group(1)), response.statusCode(), lines.get(i));
          checked++;
        }
      }
    }
    assertEquals(Scenarios.all().size(), checked);
    String printed = String.join("\n", lines);
    assertTrue(printed.contains("DEVELOPMENT ONLY"), printed);
    assertTrue(printed.contains("More tokens:  curl '"), printed);
  }

  @Test
  void runWhenHelpOrBadArgumentsThenUsageAndStatus() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertEquals(0, Demo.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err, name -> null));
    assertEquals(2, Demo.run(new String[] {"--bogus"}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8), name -> null));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--self-check"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument"));
  }

  @Test
  void runWhenClerkWithoutKeySourceThenExplainsWhatToSet() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Demo.run(new String[] {"--clerk", "--app-port", "0", "--gateway-port", "0"}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8), name -> null);

    assertEquals(1, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("CLERK_SECRET_KEY"));
  }

  @Test
  void startWhenClerkWithJwtKeyThenLinesUseTheTokenVariableAndRealTokensWork() throws Exception {
    SigningKey key = SigningKey.generate();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DemoOptions options = DemoOptions.parse("--clerk", "--app-port", "0", "--gateway-port", "0");

    try (DemoStack stack = Demo.start(options, new PrintStream(out, true, StandardCharsets.UTF_8),
        Map.of("CLERK_JWT_KEY", key.publicKeyPem())::get)) {
      String printed = out.toString(StandardCharsets.UTF_8);
      String token = TokenSpec.session(key, "https://clerk.example.com", Clock.systemUTC())
          .authorizedParty(LocalIssuer.DEFAULT_AUTHORIZED_PARTY).orgRole("admin").sign();

      assertTrue(stack.issuer().isEmpty());
      assertTrue(printed.contains("Clerk instance from environment variable CLERK_JWT_KEY"), printed);
      assertTrue(printed.contains("curl -si " + stack.app().baseUrl() + "/api/me -H \"Authorization: Bearer"
          + " $CLERK_TOKEN\""), printed);
      assertEquals(200, Http.getWithToken(stack.app().baseUrl().resolve("/api/org/admin"), token).statusCode());
      assertEquals(200, Http.getWithToken(stack.gateway().baseUrl().resolve("/api/me"), token).statusCode());
    }
  }

  @Test
  void startIssuerWhenIssuerModeThenPrintedJwksUrlServesTheKey() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (LocalIssuer issuer = Demo.startIssuer(DemoOptions.parse("issuer", "--issuer-port", "0"),
        new PrintStream(out, true, StandardCharsets.UTF_8))) {
      Matcher url = Pattern.compile("CLERK_JWKS_URL=(\\S+)").matcher(out.toString(StandardCharsets.UTF_8));

      assertTrue(url.find(), out.toString(StandardCharsets.UTF_8));
      assertEquals(issuer.key().jwks(), Http.get(URI.create(url.group(1))).body());
    }
  }

  /** Turns {@code curl -si URL -H 'Name: value' …} into the same request. */
  private static HttpRequest asRequest(String curl) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(curl);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2));
    }
    assertEquals(List.of("curl", "-si"), words.subList(0, 2), curl);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(words.get(2))).timeout(Duration.ofSeconds(10));
    for (int i = 3; i < words.size(); i += 2) {
      assertEquals("-H", words.get(i), curl);
      String header = words.get(i + 1);
      int colon = header.indexOf(':');
      request.header(header.substring(0, colon), header.substring(colon + 1).strip());
    }
    return request.build();
  }
}
