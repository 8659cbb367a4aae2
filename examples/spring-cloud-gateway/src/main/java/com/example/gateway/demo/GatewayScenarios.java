package com.example.gateway.demo;

import static dev.tollgate.examples.Scenario.token;

import dev.tollgate.examples.Expectation;
import dev.tollgate.examples.Scenario;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The gateway demo's requests against the routes of {@code application.yml}: signed in, with forged identity
 * headers, as an organization admin and member on the admin route, impersonated, no token, an expired and a tampered
 * token, a malformed header, and the public route with a forged header. The 200 answers are the upstream's, showing
 * the identity headers it received; the others are the gateway's own. Stateless.
 */
final class GatewayScenarios {

  /** The challenge realm, {@code tollgate.realm} in application.yml. */
  static final String CHALLENGE = "Bearer realm=\"example-gateway\"";
  /** The forwarded user id header. */
  static final String USER_ID = "X-Clerk-User-Id";
  private static final String RECEIVED = EchoUpstream.RECEIVED + ".";
  private static final String AGENT = "user_support_agent";

  private GatewayScenarios() {}

  /** @return every scenario, in the order the demo prints them */
  static List<Scenario> all() {
    return List.of(
        gateway("signed in", "/api/orders", token("sid", "sess_gateway_demo"), "200, X-Clerk-User-Id upstream",
            Expectation.status(200).json(RECEIVED + USER_ID, LocalIssuer.DEFAULT_USER_ID)
                .json(RECEIVED + "X-Clerk-Session-Id", "sess_gateway_demo")
                .jsonAbsent(RECEIVED + "X-Clerk-Org-Id")),
        new Scenario("forged X-Clerk-User-Id and X-Clerk-Org-Role", Scenario.Target.APP, "/api/orders",
            token("role", "member"), false, forged(), Expectation.status(200)
                .json(RECEIVED + USER_ID, LocalIssuer.DEFAULT_USER_ID)
                .json(RECEIVED + "X-Clerk-Org-Role", "org:member"),
            "200, the token's identity upstream, never the forged one"),
        gateway("organization admin on the admin route", "/admin/reports", token("role", "admin"), "200",
            Expectation.status(200).json(RECEIVED + "X-Clerk-Org-Id", LocalIssuer.DEFAULT_ORG_ID)
                .json(RECEIVED + "X-Clerk-Org-Slug", LocalIssuer.DEFAULT_ORG_SLUG)
                .json(RECEIVED + "X-Clerk-Org-Role", "org:admin")),
        gateway("organization member on the admin route", "/admin/reports", token("role", "member"),
            "403 insufficient_scope",
            Expectation.status(403).json("error", "insufficient_scope")
                .headerStartingWith("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\"")),
        gateway("impersonated session", "/api/orders", token("actor", AGENT), "200 with X-Clerk-Actor",
            Expectation.status(200).json(RECEIVED + "X-Clerk-Actor", AGENT)),
        gateway("no token", "/api/orders", null, "401, Bearer challenge without an error",
            Expectation.status(401).json("reason", "session-token-missing").header("WWW-Authenticate", CHALLENGE)),
        gateway("expired token", "/api/orders", token("age", "120", "lifetime", "60"), "401 token-expired",
            Expectation.status(401).json("reason", "token-expired")
                .headerStartingWith("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"")),
        new Scenario("tampered signature", Scenario.Target.APP, "/api/orders", token(), true, Map.of(),
            Expectation.status(401).json("reason", "token-invalid-signature"), "401 token-invalid-signature"),
        new Scenario("malformed Authorization header", Scenario.Target.APP, "/api/orders", null, false,
            Map.of("Authorization", "Basic dXNlcjpwYXNz"), Expectation.status(400).json("error", "invalid_request"),
            "400 invalid_request"),
        new Scenario("public route, forged X-Clerk-User-Id, no token", Scenario.Target.APP, "/public/status", null,
            false, Map.of(USER_ID, "user_forged"), Expectation.status(200).jsonAbsent(RECEIVED + USER_ID),
            "200, the forged header removed"));
  }

  private static Map<String, String> forged() {
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put(USER_ID, "user_forged");
    forged.put("x-clerk-org-role", "org:owner");
    return forged;
  }

  private static Scenario gateway(String title, String path, @Nullable Map<String, String> token, String outcome,
      Expectation expectation) {
    return new Scenario(title, Scenario.Target.APP, path, token, false, Map.of(), expectation, outcome);
  }
}
