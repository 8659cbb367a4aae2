package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

  static Session session(String token, Map<String, Object> extra) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    claims.put("exp", 1_700_000_060L);
    claims.putAll(extra);
    return SessionClaimsMapper.map(token, "kid", java.util.Collections.unmodifiableMap(claims),
        new ClaimTimes(1_700_000_060_000L, ClaimTimes.ABSENT, ClaimTimes.ABSENT));
  }

  private static final Session ADMIN = session("t1", Map.of(
      "org_id", "org_1", "org_role", "org:admin", "org_permissions", List.of("org:invoices:manage"),
      "fea", "o:reports,u:dashboard", "pla", "o:business", "fva", List.of(3L, 20L)));

  @Test
  void hasWhenEveryAskedDimensionPassesThenTrue() {
    assertTrue(ADMIN.has(AuthorizationCheck.builder().role("admin").feature("org:reports")
        .reverification(Reverification.MODERATE).build()));
    assertTrue(ADMIN.has(AuthorizationCheck.builder().permission("invoices:manage").plan("org:business").build()));
  }

  @Test
  void hasWhenAnyAskedDimensionFailsThenFalse() {
    assertFalse(ADMIN.has(AuthorizationCheck.builder().role("admin").feature("org:dashboard").build()));
    assertFalse(ADMIN.has(AuthorizationCheck.builder().role("admin").reverification(Reverification.STRICT).build()));
    assertFalse(ADMIN.has(AuthorizationCheck.builder().role("member").feature("org:reports").build()));
  }

  @Test
  void hasRoleAndPermissionWhenNoOrganizationThenFalse() {
    Session personal = session("t2", Map.of("fea", "u:dashboard"));

    assertFalse(personal.hasRole("org:admin"));
    assertFalse(personal.hasPermission("org:invoices:manage"));
    assertTrue(personal.hasFeature("dashboard"));
    assertFalse(personal.hasPlan("business"));
    assertFalse(personal.isReverified(Reverification.LAX), "no fva claim fails closed");
  }

  @Test
  void hasPermissionWhenClaimEntryLacksPrefixThenOnlyTheRoleIsNormalisedOnBothSides() {
    Session legacy = session("t3", Map.of("org_id", "org_1", "org_role", "admin", "org_permissions",
        List.of("invoices:read")));

    assertFalse(legacy.hasPermission("org:invoices:read"), "Clerk normalises only the asked permission");
    assertFalse(legacy.hasPermission("invoices:read"), "Clerk normalises only the asked permission");
    assertTrue(legacy.hasRole("org:admin"));
    assertEquals("admin", legacy.organization().orElseThrow().role().orElseThrow(), "v1 role is given as sent");
  }

  @Test
  void toStringWhenPrintedThenIdsOnlyNeverTheToken() {
    String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl";
    Session session = session(token, Map.of("org_id", "org_1"));
    String text = session.toString();

    for (String id : List.of("sess_1", "user_1", "org_1")) {
      assertTrue(text.contains(id), () -> id + " is not in " + text);
    }
    for (String part : token.split("\\.")) {
      assertFalse(text.contains(part), () -> "toString shows part of the token: " + text);
    }
    assertFalse(text.contains("token"), () -> "toString names the token: " + text);
  }

  @Test
  void hasRoleAndOtherShortcutsWhenNameIsBlankThenIllegalArgument() {
    for (String blank : List.of("", " ", "\t")) {
      assertThrows(IllegalArgumentException.class, () -> ADMIN.hasRole(blank), "role '" + blank + "'");
      assertThrows(IllegalArgumentException.class, () -> ADMIN.hasPermission(blank), "permission '" + blank + "'");
      assertThrows(IllegalArgumentException.class, () -> ADMIN.hasFeature(blank), "feature '" + blank + "'");
      assertThrows(IllegalArgumentException.class, () -> ADMIN.hasPlan(blank), "plan '" + blank + "'");
    }
  }

  @Test
  void equalsWhenSameTokenThenEqual() {
    assertEquals(session("same", Map.of()), session("same", Map.of()));
    assertNotEquals(session("a", Map.of()), session("b", Map.of()));
    assertEquals("same".hashCode(), session("same", Map.of()).hashCode());
  }

  @Test
  void claimsWhenReadThenUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> ADMIN.claims().put("sub", "user_admin"));
    assertThrows(UnsupportedOperationException.class, () -> ADMIN.features().add("o:all"));
    assertThrows(UnsupportedOperationException.class,
        () -> ADMIN.organization().orElseThrow().permissions().add("org:all"));
  }
}
