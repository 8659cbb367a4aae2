package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.Session;
import dev.tollgate.test.TestIssuer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** ANY listed role and ALL listed permissions, with Clerk's {@code has()} reading of the names. */
class AccessRuleTest {

  private static final TestIssuer ISSUER = TestIssuer.start();

  @AfterAll
  static void stop() {
    ISSUER.close();
  }

  @Test
  void ofWhenListsGivenThenNamesStripped() {
    assertEquals(new AccessRule(List.of("org:admin", "owner"), List.of("org:invoices:read")),
        AccessRule.of(" org:admin , owner", "org:invoices:read "), "rule");
    assertEquals(AccessRule.SIGNED_IN, AccessRule.of(null, null), "no arguments");
  }

  @Test
  void ofWhenEmptyEntryThenRefusedNamingTheArgument() {
    IllegalArgumentException roles = assertThrows(IllegalArgumentException.class, () -> AccessRule.of("a,", null));
    IllegalArgumentException permissions = assertThrows(IllegalArgumentException.class,
        () -> AccessRule.of(null, " "));

    assertEquals(List.of("argument roles of the Tollgate filter must be a comma-separated list of names without"
        + " empty entries", "argument permissions of the Tollgate filter must be a comma-separated list of names"
        + " without empty entries"), List.of(roles.getMessage(), permissions.getMessage()), "messages");
  }

  @Test
  void missingWhenAnyRoleMatchesThenNothingMissing() {
    AccessRule rule = AccessRule.of("org:admin,org:owner", null);

    assertEquals(List.of(Optional.empty(), Optional.empty(),
        Optional.of("One of the organization roles org:admin, org:owner is required."),
        Optional.of("One of the organization roles org:admin, org:owner is required.")),
        List.of(rule.missing(session("admin", List.of())), rule.missing(session("owner", List.of())),
            rule.missing(session("member", List.of())), rule.missing(verified(ISSUER.token().sign()))),
        "admin, owner, member, no organization");
  }

  @Test
  void missingWhenUnprefixedRoleThenSameAsPrefixed() {
    assertEquals(Optional.empty(), AccessRule.of("admin", null).missing(session("admin", List.of())), "admin");
  }

  @Test
  void missingWhenOnePermissionAbsentThenTheFirstAbsentNamed() {
    AccessRule rule = AccessRule.of(null, "org:invoices:read,org:invoices:write,org:reports:read");

    assertEquals(List.of(Optional.empty(), Optional.of("The organization permission org:reports:read is required.")),
        List.of(rule.missing(session("member", List.of("org:invoices:read", "org:invoices:write",
            "org:reports:read"))), rule.missing(session("member", List.of("org:invoices:read",
            "org:invoices:write")))), "all, all but one");
  }

  @Test
  void missingWhenRoleAndPermissionsThenRoleCheckedFirst() {
    AccessRule rule = AccessRule.of("org:admin", "org:invoices:read");

    assertEquals(Optional.of("The organization role org:admin is required."),
        rule.missing(session("member", List.of())), "member without the permission");
  }

  private static Session session(String role, List<String> permissions) {
    return verified(ISSUER.token().orgRole(role).permissions(permissions.toArray(String[]::new)).sign());
  }

  private static Session verified(String token) {
    try {
      return ISSUER.verifier().verify(token);
    } catch (Exception rejected) {
      throw new AssertionError(rejected);
    }
  }
}
