package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Session#has} against Clerk's answer for the same claims. Every expected answer is derived by reading
 * clerk/javascript at commit e21ae9a4 ({@code @clerk/backend} 3.16.10): {@code packages/shared/src/authorization.ts}
 * ({@code createCheckAuthorization}: {@code checkOrgAuthorization}, {@code checkBillingAuthorization},
 * {@code splitByScope}, {@code prefixWithOrg}), {@code packages/shared/src/jwtPayloadParser.ts} (v1 {@code org_*}
 * and v2 {@code o} to {@code orgId}/{@code orgRole}/{@code orgPermissions}) and
 * {@code packages/backend/src/tokens/authObjects.ts} ({@code fea}/{@code pla} read for either version).
 * The claims are mapped by {@link SessionClaimsMapper}, as for a verified token.
 */
class AuthorizationDifferentialTest {

  private static final Map<String, Object> V2 = Map.of("v", 2L);

  static Stream<Arguments> clerkAnswers() {
    return Stream.of(
        // Role: needs orgId and a non-empty orgRole; prefixWithOrg on both sides (checkOrgAuthorization).
        row("v1 role", claims("org_id", "org_1", "org_role", "org:admin"), AuthorizationCheck.role("org:admin"), true),
        row("v1 role", claims("org_id", "org_1", "org_role", "org:admin"), AuthorizationCheck.role("admin"), true),
        row("v1 role", claims("org_id", "org_1", "org_role", "org:admin"), AuthorizationCheck.role("org:org:admin"),
            true),
        row("v1 role granted without org:", claims("org_id", "org_1", "org_role", "admin"),
            AuthorizationCheck.role("org:admin"), true),
        row("v1 role granted with org:org:", claims("org_id", "org_1", "org_role", "org:org:admin"),
            AuthorizationCheck.role("admin"), true),
        row("v1 other role", claims("org_id", "org_1", "org_role", "org:member"), AuthorizationCheck.role("admin"),
            false),
        row("v1 role, no org_id", claims("org_role", "org:admin"), AuthorizationCheck.role("org:admin"), false),
        row("v1 org_id, no role", claims("org_id", "org_1"), AuthorizationCheck.role("org:admin"), false),
        row("v1 role empty", claims("org_id", "org_1", "org_role", ""), AuthorizationCheck.role("org:"), false),
        row("v1 role whitespace", claims("org_id", "org_1", "org_role", "  "), AuthorizationCheck.role("org:  "), true),
        row("v1 role not a string", claims("org_id", "org_1", "org_role", 7L), AuthorizationCheck.role("org:7"),
            false),
        // v2: orgRole = "org:" + o.rol when o.rol is non-empty (jwtPayloadParser).
        row("v2 role bare", claims(V2, "o", Map.of("id", "org_1", "rol", "admin")),
            AuthorizationCheck.role("org:admin"),
            true),
        row("v2 role bare", claims(V2, "o", Map.of("id", "org_1", "rol", "admin")), AuthorizationCheck.role("admin"),
            true),
        row("v2 role sent with org:", claims(V2, "o", Map.of("id", "org_1", "rol", "org:admin")),
            AuthorizationCheck.role("admin"), true),
        row("v2 role empty", claims(V2, "o", Map.of("id", "org_1", "rol", "")), AuthorizationCheck.role("org:"), false),
        row("v2 o without rol", claims(V2, "o", Map.of("id", "org_1")), AuthorizationCheck.role("org:admin"), false),
        row("v2 o without id", claims(V2, "o", Map.of("rol", "admin")), AuthorizationCheck.role("org:admin"), false),
        row("v2 without o", claims(V2, "org_id", "org_1", "org_role", "org:admin"),
            AuthorizationCheck.role("org:admin"), false),

        // Permission: needs orgId and an array orgPermissions containing prefixWithOrg(asked); the granted entries
        // are compared as sent, the role is not needed (checkOrgAuthorization).
        row("v1 permission", claims("org_id", "org_1", "org_role", "org:admin", "org_permissions",
            List.of("org:invoices:manage")), AuthorizationCheck.permission("org:invoices:manage"), true),
        row("v1 permission", claims("org_id", "org_1", "org_permissions", List.of("org:invoices:manage")),
            AuthorizationCheck.permission("invoices:manage"), true),
        row("v1 permission", claims("org_id", "org_1", "org_permissions", List.of("org:invoices:manage")),
            AuthorizationCheck.permission("org:org:invoices:manage"), true),
        row("v1 permission, no role", claims("org_id", "org_1", "org_permissions", List.of("org:invoices:manage")),
            AuthorizationCheck.permission("org:invoices:manage"), true),
        row("v1 permission granted with org:org:", claims("org_id", "org_1", "org_role", "org:admin",
            "org_permissions", List.of("org:org:invoices:manage")),
            AuthorizationCheck.permission("org:invoices:manage"),
            false),
        row("v1 permission granted with org:org:", claims("org_id", "org_1", "org_permissions",
            List.of("org:org:invoices:manage")), AuthorizationCheck.permission("org:org:invoices:manage"), false),
        row("v1 permission granted without org:", claims("org_id", "org_1", "org_permissions",
            List.of("invoices:manage")), AuthorizationCheck.permission("invoices:manage"), false),
        row("v1 permission granted without org:", claims("org_id", "org_1", "org_permissions",
            List.of("invoices:manage")), AuthorizationCheck.permission("org:invoices:manage"), false),
        row("v1 other permission", claims("org_id", "org_1", "org_permissions", List.of("org:invoices:read")),
            AuthorizationCheck.permission("org:invoices:manage"), false),
        row("v1 permission, no org_id", claims("org_permissions", List.of("org:invoices:manage")),
            AuthorizationCheck.permission("org:invoices:manage"), false),
        // Deliberately stricter, listed in the README ("Where Tollgate reads Clerk differently"): a list with a
        // non-string entry grants nothing (Clerk's includes still finds the string entry).
        stricter("v1 permission list with a non-string", claims("org_id", "org_1", "org_permissions",
            List.of("org:invoices:manage", 7L)), AuthorizationCheck.permission("org:invoices:manage"), true),
        row("v1 org_id, no permission list", claims("org_id", "org_1", "org_role", "org:admin"),
            AuthorizationCheck.permission("org:invoices:manage"), false),
        row("v1 permission empty", claims("org_id", "org_1", "org_permissions", List.of("")),
            AuthorizationCheck.permission("org:"), false),
        row("v1 permission blank", claims("org_id", "org_1", "org_permissions", List.of("  ")),
            AuthorizationCheck.permission("org:  "), false),
        // v2: "org:<feature>:<permission>" for each o-scoped feature of fea and each set bit of o.fpm over o.per.
        row("v2 permission", claims(V2, "fea", "o:invoices", "o", Map.of("id", "org_1", "per", "manage,read",
            "fpm", "1")), AuthorizationCheck.permission("invoices:manage"), true),
        row("v2 permission", claims(V2, "fea", "o:invoices", "o", Map.of("id", "org_1", "per", "manage,read",
            "fpm", "1")), AuthorizationCheck.permission("org:org:invoices:manage"), true),
        row("v2 permission bit unset", claims(V2, "fea", "o:invoices", "o", Map.of("id", "org_1", "per",
            "manage,read", "fpm", "1")), AuthorizationCheck.permission("org:invoices:read"), false),
        row("v2 permission of a u-scoped feature", claims(V2, "fea", "u:invoices", "o", Map.of("id", "org_1",
            "per", "manage", "fpm", "1")), AuthorizationCheck.permission("org:invoices:manage"), false),
        // Deliberately stricter, listed in the README: an empty name in o.per grants nothing (Clerk builds
        // "org:invoices:" from it).
        stricter("v2 empty permission name", claims(V2, "fea", "o:invoices", "o", Map.of("id", "org_1", "per",
            ",read", "fpm", "3")), AuthorizationCheck.permission("invoices:"), true),
        row("v2 o without per", claims(V2, "fea", "o:invoices", "o", Map.of("id", "org_1", "fpm", "1")),
            AuthorizationCheck.permission("org:invoices:manage"), false),
        row("v2 without o", claims(V2, "fea", "o:invoices", "org_id", "org_1", "org_permissions",
            List.of("org:invoices:manage")), AuthorizationCheck.permission("org:invoices:manage"), false),

        // Feature / plan: fea/pla split by scope o, u, ou/uo; asked scope o|org|organization or u|user, bare name
        // is either; an element without a colon (an empty one too) throws, which fails the check.
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("reports"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("o:reports"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("org:reports"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("organization:reports"),
            true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("u:reports"), false),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("user:dashboard"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("u:dashboard"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("dashboard"), true),
        row("feature", claims("fea", "o:reports,u:dashboard"), AuthorizationCheck.feature("o:dashboard"), false),
        row("v2 feature", claims(V2, "fea", "o:reports, u:dashboard"), AuthorizationCheck.feature("u:dashboard"), true),
        row("feature ou", claims("fea", "ou:both"), AuthorizationCheck.feature("u:both"), true),
        row("feature uo", claims("fea", "uo:both"), AuthorizationCheck.feature("o:both"), true),
        row("feature no fea", claims(), AuthorizationCheck.feature("reports"), false),
        row("feature fea empty", claims("fea", ""), AuthorizationCheck.feature("reports"), false),
        row("feature entry without scope", claims("fea", "o:reports,broken"), AuthorizationCheck.feature("reports"),
            false),
        row("feature empty entry", claims("fea", "o:reports,"), AuthorizationCheck.feature("reports"), false),
        row("feature blank entry", claims("fea", "o:reports, ,u:dashboard"), AuthorizationCheck.feature("dashboard"),
            false),
        row("feature not a string", claims("fea", List.of("o:reports")), AuthorizationCheck.feature("reports"), false),
        row("plan", claims("pla", "u:pro"), AuthorizationCheck.plan("pro"), true),
        row("plan", claims("pla", "u:pro"), AuthorizationCheck.plan("user:pro"), true),
        row("plan", claims("pla", "u:pro"), AuthorizationCheck.plan("o:pro"), false),
        row("v2 plan", claims(V2, "pla", "o:business", "o", Map.of("id", "org_1")),
            AuthorizationCheck.plan("org:business"),
            true),
        row("plan no pla", claims("fea", "u:pro"), AuthorizationCheck.plan("pro"), false),
        row("plan empty entry", claims("pla", ",u:pro"), AuthorizationCheck.plan("pro"), false),

        // AND across asked dimensions (combine): each asked one must pass.
        row("role and feature", claims("org_id", "org_1", "org_role", "org:admin", "fea", "u:dashboard"),
            AuthorizationCheck.builder().role("admin").feature("dashboard").build(), true),
        row("role and feature", claims("org_id", "org_1", "org_role", "org:admin", "fea", "u:dashboard"),
            AuthorizationCheck.builder().role("admin").feature("o:dashboard").build(), false),
        row("permission and plan", claims("org_id", "org_1", "org_permissions", List.of("org:org:a:b"), "pla",
            "o:business"), AuthorizationCheck.builder().permission("a:b").plan("business").build(), false),
        row("permission and reverification", claims("org_id", "org_1", "org_permissions", List.of("org:a:b"), "fva",
            List.of(5L, 5L)), AuthorizationCheck.builder().permission("a:b").reverification(Reverification.STRICT)
            .build(), true),
        row("permission and reverification", claims("org_id", "org_1", "org_permissions", List.of("org:a:b"), "fva",
            List.of(5L, 10L)), AuthorizationCheck.builder().permission("a:b").reverification(Reverification.STRICT)
            .build(), false),
        row("reverification, no fva", claims("org_id", "org_1"), AuthorizationCheck.reverification(Reverification.LAX),
            false));
  }

  @ParameterizedTest(name = "{0}: {2} -> Clerk {3}, Tollgate {4}")
  @MethodSource("clerkAnswers")
  void hasWhenClaimShapeIsAskedThenClerksAnswer(String shape, Map<String, Object> claims, AuthorizationCheck asked,
      boolean clerk, boolean tollgate) {
    Session session = SessionTest.session("token", claims);

    assertEquals(tollgate, session.has(asked), shape + " " + claims + " asked " + asked + " (Clerk: " + clerk + ")");
  }

  private static Arguments row(String shape, Map<String, Object> claims, AuthorizationCheck asked, boolean clerk) {
    return Arguments.of(shape, claims, asked, clerk, clerk);
  }

  /** A row where Tollgate refuses what Clerk grants, on purpose. */
  private static Arguments stricter(String shape, Map<String, Object> claims, AuthorizationCheck asked,
      boolean clerk) {
    return Arguments.of(shape, claims, asked, clerk, false);
  }

  private static Map<String, Object> claims(Object... namesAndValues) {
    return claims(Map.of(), namesAndValues);
  }

  private static Map<String, Object> claims(Map<String, Object> base, Object... namesAndValues) {
    Map<String, Object> claims = new LinkedHashMap<>(base);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      claims.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return claims;
  }
}
