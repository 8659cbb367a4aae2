package dev.tollgate.examples;

import static dev.tollgate.examples.Scenario.token;

import dev.tollgate.examples.app.WebApp;
import dev.tollgate.examples.gateway.Gateway;
import dev.tollgate.examples.gateway.IdentityHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo's requests, one or more per endpoint and outcome: signed in with v2 and v1 claims, no token,
 * expired, wrong authorized party, pending, impersonated, tampered, malformed header, admin role, billing
 * permission, reverification fresh and stale, and through the gateway (forwarding, header stripping, its own
 * refusals). Stateless and thread-safe.
 */
final class Scenarios {

  /** The user id of minted tokens unless a scenario says otherwise. */
  static final String USER = "user_local";
  /** The impersonating support agent of the impersonation scenarios. */
  static final String AGENT = "user_support_agent";
  /** The session id the gateway scenario pins, so the forwarded {@code X-Session-Id} is known. */
  static final String GATEWAY_SESSION = "sess_gateway_demo";

  private static final String APP_CHALLENGE = "Bearer realm=\"" + WebApp.REALM + "\"";
  private static final String GATEWAY_CHALLENGE = "Bearer realm=\"" + Gateway.REALM + "\"";

  private Scenarios() {}

  /** @return every scenario, in the order the demo prints them */
  static List<Scenario> all() {
    return List.of(
        app("signed in (v2 claims)", "/api/me", token(), "200, the session as JSON",
            Expectation.status(200).json("userId", USER).json("status", "active").json("claimsVersion", 2)
                .json("authorizedParty", "http://localhost:3000")),
        app("signed in (v1 claims, organization member)", "/api/me", token("v", "1", "role", "member"),
            "200, organization role org:member",
            Expectation.status(200).json("claimsVersion", 1).json("organization.role", "org:member")),
        app("no token", "/api/me", null, "401, Bearer challenge without an error",
            Expectation.status(401).json("reason", "session-token-missing").header("WWW-Authenticate", APP_CHALLENGE)),
        app("expired token", "/api/me", token("age", "120", "lifetime", "60"), "401 token-expired",
            Expectation.status(401).json("reason", "token-expired").json("error", "invalid_token")),
        app("wrong authorized party (azp)", "/api/me", token("azp", "https://evil.example"),
            "401 token-invalid-authorized-parties",
            Expectation.status(401).json("reason", "token-invalid-authorized-parties")),
        app("pending session", "/api/me", token("status", "pending"), "401 session-pending",
            Expectation.status(401).json("reason", "session-pending")),
        app("impersonated session", "/api/me", token("actor", AGENT), "200, impersonated with the actor",
            Expectation.status(200).json("impersonated", true).json("actor.subject", AGENT)),
        new Scenario("tampered signature", Scenario.Target.APP, "/api/me", token(), true, Map.of(),
            Expectation.status(401).json("reason", "token-invalid-signature"), "401 token-invalid-signature"),
        new Scenario("malformed Authorization header", Scenario.Target.APP, "/api/me", null, false,
            Map.of("Authorization", "Basic dXNlcjpwYXNz"),
            Expectation.status(400).json("error", "invalid_request"), "400 invalid_request"),
        app("organization admin", "/api/org/admin",
            token("role", "admin", "features", "u:dashboard", "plans", "u:pro"), "200",
            Expectation.status(200).json("granted", "role " + WebApp.ADMIN_ROLE)),
        app("organization member at the admin endpoint", "/api/org/admin", token("role", "member"),
            "403 insufficient_scope",
            Expectation.status(403).json("error", "insufficient_scope")
                .headerStartingWith("WWW-Authenticate", APP_CHALLENGE + ", error=\"insufficient_scope\"")),
        app("billing with org:billing:manage", "/api/billing",
            token("role", "member", "permissions", WebApp.BILLING_PERMISSION), "200",
            Expectation.status(200).json("granted", "permission " + WebApp.BILLING_PERMISSION)),
        app("billing without the permission", "/api/billing", token("role", "admin"), "403 insufficient_scope",
            Expectation.status(403).json("error", "insufficient_scope")),
        app("sensitive, second factor 2 minutes ago", "/api/sensitive", token("fva", "2,2"), "200",
            Expectation.status(200).json("ok", true)),
        app("sensitive, second factor 30 minutes ago", "/api/sensitive", token("fva", "30,30"),
            "403, Clerk's reverification body",
            Expectation.status(403).json("clerk_error.type", "forbidden")
                .json("clerk_error.reason", "reverification-error")
                .json("clerk_error.metadata.reverification.level", "second_factor")
                .json("clerk_error.metadata.reverification.afterMinutes", WebApp.SENSITIVE.afterMinutes())),
        new Scenario("gateway forwards the verified identity, drops forged headers", Scenario.Target.GATEWAY,
            "/api/me", token("sid", GATEWAY_SESSION, "role", "admin"), false,
            forgedHeaders(), Expectation.status(200)
                .json("receivedIdentityHeaders." + IdentityHeaders.USER_ID, USER)
                .json("receivedIdentityHeaders." + IdentityHeaders.SESSION_ID, GATEWAY_SESSION)
                .json("receivedIdentityHeaders." + IdentityHeaders.ORG_ID, "org_local")
                .json("receivedIdentityHeaders." + IdentityHeaders.ORG_ROLE, "org:admin")
                .jsonAbsent("receivedIdentityHeaders." + IdentityHeaders.ACTOR_ID),
            "200, X-User-Id etc. from the token, not the forged ones"),
        gateway("gateway, impersonated session", "/api/me", token("actor", AGENT), "200 with X-Actor-Id",
            Expectation.status(200).json("receivedIdentityHeaders." + IdentityHeaders.ACTOR_ID, AGENT)),
        gateway("gateway, organization admin", "/api/org/admin", token("role", "admin"), "200",
            Expectation.status(200).json("granted", "role " + WebApp.ADMIN_ROLE)),
        gateway("gateway, no token", "/api/me", null, "401 from the gateway itself",
            Expectation.status(401).json("reason", "session-token-missing")
                .header("WWW-Authenticate", GATEWAY_CHALLENGE)),
        gateway("gateway, expired token", "/api/me", token("age", "120", "lifetime", "60"),
            "401 token-expired from the gateway",
            Expectation.status(401).json("reason", "token-expired")
                .headerStartingWith("WWW-Authenticate", GATEWAY_CHALLENGE + ", error=\"invalid_token\"")));
  }

  private static Map<String, String> forgedHeaders() {
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put(IdentityHeaders.USER_ID, "user_forged");
    forged.put("x-org-role", "org:owner");
    forged.put(IdentityHeaders.ACTOR_ID, "user_forged_actor");
    return forged;
  }

  private static Scenario app(String title, String path, @Nullable Map<String, String> token, String outcome,
      Expectation expectation) {
    return new Scenario(title, Scenario.Target.APP, path, token, false, Map.of(), expectation, outcome);
  }

  private static Scenario gateway(String title, String path, @Nullable Map<String, String> token, String outcome,
      Expectation expectation) {
    return new Scenario(title, Scenario.Target.GATEWAY, path, token, false, Map.of(), expectation, outcome);
  }
}
