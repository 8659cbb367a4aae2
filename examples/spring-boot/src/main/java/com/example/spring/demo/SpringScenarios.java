package com.example.spring.demo;

import static dev.tollgate.examples.Scenario.token;

import dev.tollgate.examples.Expectation;
import dev.tollgate.examples.Scenario;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Spring Boot demo's requests against {@link com.example.spring.ApiController}: the public path with and
 * without a bad token, signed in, the admin endpoint as admin and member, no token, a tampered and an expired
 * token, a malformed header, {@code @clerk.has} with and without the permission, and reverification fresh and
 * stale. Every answer is the starter's, as the servlet filter gives it. Stateless.
 */
final class SpringScenarios {

  /** The challenge realm, {@code tollgate.realm} in application.properties. */
  static final String CHALLENGE = "Bearer realm=\"example\"";

  private SpringScenarios() {}

  /** @return every scenario, in the order the demo prints them */
  static List<Scenario> all() {
    return List.of(
        app("public path, no token", "/api/public/status", null, "200",
            Expectation.status(200).json("status", "ok")),
        new Scenario("public path, tampered token", Scenario.Target.APP, "/api/public/status", token(), true,
            Map.of(), Expectation.status(200).json("status", "ok"), "200, served anonymous (no 401 on a public path)"),
        app("signed in: @AuthenticationPrincipal Session", "/api/me", token(), "200, the user id",
            Expectation.status(200).json("userId", "user_local").json("organization", "none")),
        app("organization admin: hasAuthority('org:admin')", "/api/admin/reports", token("role", "admin"), "200",
            Expectation.status(200)),
        app("organization member at the admin endpoint", "/api/admin/reports", token("role", "member"),
            "403 insufficient_scope",
            Expectation.status(403).json("error", "insufficient_scope")
                .headerStartingWith("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\"")),
        app("no token", "/api/me", null, "401, Bearer challenge without an error",
            Expectation.status(401).json("reason", "session-token-missing").header("WWW-Authenticate", CHALLENGE)),
        new Scenario("tampered signature", Scenario.Target.APP, "/api/me", token(), true, Map.of(),
            Expectation.status(401).json("reason", "token-invalid-signature"), "401 token-invalid-signature"),
        app("expired token", "/api/me", token("age", "120", "lifetime", "60"), "401 token-expired",
            Expectation.status(401).json("reason", "token-expired").json("error", "invalid_token")),
        new Scenario("malformed Authorization header", Scenario.Target.APP, "/api/me", null, false,
            Map.of("Authorization", "Basic dXNlcjpwYXNz"),
            Expectation.status(400).json("error", "invalid_request"), "400 invalid_request"),
        app("@clerk.has('org:invoices:read') with the permission", "/api/invoices",
            token("role", "member", "permissions", "org:invoices:read"), "200", Expectation.status(200)),
        app("@clerk.has('org:invoices:read') without it", "/api/invoices", token("role", "member"),
            "403 insufficient_scope", Expectation.status(403).json("error", "insufficient_scope")),
        app("@clerk.reverified('strict'), second factor 2 minutes ago", "/api/account/delete-preview",
            token("fva", "2,2"), "200", Expectation.status(200).json("userId", "user_local")),
        app("@clerk.reverified('strict'), second factor 30 minutes ago", "/api/account/delete-preview",
            token("fva", "30,30"), "403, Clerk's reverification body",
            Expectation.status(403).json("clerk_error.reason", "reverification-error")
                .json("clerk_error.metadata.reverification.level", "second_factor")));
  }

  private static Scenario app(String title, String path, @Nullable Map<String, String> token, String outcome,
      Expectation expectation) {
    return new Scenario(title, Scenario.Target.APP, path, token, false, Map.of(), expectation, outcome);
  }
}
