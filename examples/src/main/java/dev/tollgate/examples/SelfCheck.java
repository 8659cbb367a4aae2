package dev.tollgate.examples;

import static dev.tollgate.examples.HttpChecks.get;

import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.app.WebApp;
import dev.tollgate.examples.gateway.Gateway;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.test.tokens.TokenCategory;
import dev.tollgate.web.AuthResult;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercises every endpoint of a running local {@link DemoStack} with real HTTP and prints one line per check:
 * the issuer (JWKS, banner, {@code /mint}), the web app's health, every {@link Scenarios scenario} (signed in,
 * expired, wrong party, pending, impersonated, admin, billing, reverification, gateway forwarding and header
 * stripping), and finally an outage: with the issuer stopped, the running services keep answering from cached
 * keys, while a web app and a gateway that never loaded keys answer 503. The stack's issuer is stopped by
 * then. Not thread-safe: one run at a time.
 */
final class SelfCheck {

  private final DemoStack stack;
  private final LocalIssuer issuer;
  private final PrintStream out;
  private final HttpChecks checks;

  private SelfCheck(DemoStack stack, PrintStream out) {
    this.stack = stack;
    this.issuer = stack.issuer()
        .orElseThrow(() -> new IllegalArgumentException("the self-check needs the local issuer"));
    this.out = out;
    this.checks = new HttpChecks(out);
  }

  /**
   * Runs every check.
   *
   * @param stack a stack started with {@link DemoStack#startLocal}; its issuer is stopped at the end
   * @param out where the lines go
   * @return {@code true} if every check passed
   */
  static boolean run(DemoStack stack, PrintStream out) {
    SelfCheck check = new SelfCheck(Objects.requireNonNull(stack, "stack"), Objects.requireNonNull(out, "out"));
    check.all();
    return check.checks.summarize();
  }

  private void all() {
    out.println("Tollgate self-check: issuer " + issuer.baseUrl() + ", web app " + stack.app().baseUrl() + ", gateway "
        + stack.gateway().baseUrl());
    out.println();
    checkIssuer();
    checks.send("web app health is public and reports the keys",
        get(stack.app().baseUrl(), "/health", null, Map.of()),
        Expectation.status(200).json("status", "UP").json("keys.state", "HEALTHY"));
    checks.scenarios(Scenarios.all(), stack::baseUrl, issuer);
    checkOutage();
  }

  private void checkIssuer() {
    checks.send("issuer serves its JWKS, marked development-only",
        get(issuer.baseUrl(), LocalIssuer.JWKS_PATH, null, Map.of()),
        Expectation.status(200).header(LocalIssuer.DEV_HEADER, LocalIssuer.DEV_WARNING)
            .bodyContains("\"kid\":\"" + issuer.key().keyId() + "\""));
    checks.send("issuer index shows the warning banner", get(issuer.baseUrl(), "/", null, Map.of()),
        Expectation.status(200).bodyContains(LocalIssuer.DEV_WARNING));
    Optional<Answer> minted = checks.send("issuer mints over HTTP (GET /mint?role=admin&format=json)",
        get(issuer.baseUrl(), LocalIssuer.MINT_PATH + "?role=admin&format=json", null, Map.of()),
        Expectation.status(200).json("warning", LocalIssuer.DEV_WARNING).json("header.kid", issuer.key().keyId())
            .json("header.cat", TokenCategory.SESSION.headerValue()).json("claims.o.rol", "admin"));
    checks.send("issuer refuses an unknown parameter",
        get(issuer.baseUrl(), LocalIssuer.MINT_PATH + "?rol=admin", null, Map.of()), Expectation.status(400));
    String token = minted.flatMap(answer -> answer.json("token")).map(String::valueOf).orElse("missing");
    checks.send("a token from /mint opens /api/org/admin",
        get(stack.app().baseUrl(), "/api/org/admin", token, Map.of()),
        Expectation.status(200).json("granted", "role " + WebApp.ADMIN_ROLE));
  }

  private void checkOutage() {
    issuer.close();
    String token = issuer.token().sign();
    checks.send("issuer stopped: the web app still verifies with its cached keys",
        get(stack.app().baseUrl(), "/api/me", token, Map.of()), Expectation.status(200));
    checks.send("issuer stopped: the gateway still verifies with its cached keys",
        get(stack.gateway().baseUrl(), "/api/me", token, Map.of()), Expectation.status(200));
    try (SessionVerifier coldApp = DemoStack.localVerifier(issuer.jwksUrl(), issuer.baseUrl());
        SessionVerifier coldGateway = DemoStack.localVerifier(issuer.jwksUrl(), issuer.baseUrl());
        WebApp app = WebApp.start(0, coldApp);
        Gateway gateway = Gateway.start(0, coldGateway, app.baseUrl())) {
      Expectation unavailable = Expectation.status(503).headerPresent("Retry-After")
          .json("reason", AuthResult.Unavailable.REASON_KEYS_UNAVAILABLE);
      checks.send("issuer stopped: a web app without keys answers 503",
          get(app.baseUrl(), "/api/me", token, Map.of()), unavailable);
      checks.send("issuer stopped: a gateway without keys answers 503",
          get(gateway.baseUrl(), "/api/me", token, Map.of()), unavailable);
      checks.send("issuer stopped: health of a web app without keys is 503",
          get(app.baseUrl(), "/health", null, Map.of()),
          Expectation.status(503).json("status", "DOWN").json("keys.state", "UNAVAILABLE"));
    } catch (IOException failedToStart) {
      checks.fail("issuer stopped: services without keys", "could not start them: " + failedToStart.getMessage());
    }
  }
}
