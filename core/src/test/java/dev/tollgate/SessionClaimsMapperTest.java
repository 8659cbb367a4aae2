package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionClaimsMapperTest {

  private static Session map(Map<String, Object> extra) {
    return SessionTest.session("token", extra);
  }

  @Test
  void mapWhenRegisteredClaimsPresentThenViewsAreFilled() {
    Session session = map(Map.of("azp", "https://app", "iss", "https://clerk", "jti", "j1", "aud", "api"));

    assertEquals("user_1", session.userId());
    assertEquals("sess_1", session.sessionId());
    assertEquals(SessionStatus.ACTIVE, session.status());
    assertEquals("https://app", session.authorizedParty().orElseThrow());
    assertEquals("https://clerk", session.issuer().orElseThrow());
    assertEquals("j1", session.tokenId().orElseThrow());
    assertEquals(List.of("api"), session.audience());
    assertEquals(Instant.ofEpochSecond(1_700_000_060L), session.expiresAt());
    assertEquals(Optional.empty(), session.issuedAt(), "issuedAt");
    assertEquals(Optional.empty(), session.notBefore(), "notBefore");
    assertEquals("kid", session.keyId().orElseThrow());
    assertEquals(1, session.claimsVersion());
  }

  @Test
  void mapWhenActorHasTypeThenAllActorFieldsAndRawClaim() {
    Map<String, Object> act = Map.of("sub", "user_agent", "iss", "https://dashboard.clerk.com", "sid", "sess_a",
        "type", "agent");
    Actor actor = map(Map.of("act", act)).actor().orElseThrow();

    assertEquals("user_agent", actor.subject());
    assertEquals("agent", actor.type().orElseThrow());
    assertEquals(act, actor.claims());
  }

  @Test
  void mapWhenV2RoleIsBareOrPrefixedThenPrefixedOnce() {
    assertEquals("org:admin", map(Map.of("v", 2L, "o", Map.of("id", "org_1", "rol", "admin")))
        .organization().orElseThrow().role().orElseThrow());
    assertEquals("org:admin", map(Map.of("v", 2L, "o", Map.of("id", "org_1", "rol", "org:admin")))
        .organization().orElseThrow().role().orElseThrow());
    assertTrue(map(Map.of("v", 2L, "o", Map.of("id", "org_1"))).organization().orElseThrow().role().isEmpty());
  }

  @Test
  void mapWhenVersionIsNotTheNumberTwoThenV1ClaimsAreRead() {
    Session stringVersion = map(Map.of("v", "2", "o", Map.of("id", "org_v2"), "org_id", "org_v1"));

    assertEquals("org_v1", stringVersion.organization().orElseThrow().id());
    assertEquals(1, stringVersion.claimsVersion());
  }

  @Test
  void mapWhenOrganizationClaimsAreMalformedThenNoOrganizationOrNoPermissions() {
    assertTrue(map(Map.of("org_id", 5L)).organization().isEmpty());
    assertTrue(map(Map.of("org_id", "")).organization().isEmpty());
    assertTrue(map(Map.of("v", 2L, "o", "org_1")).organization().isEmpty());
    assertEquals(List.of(), map(Map.of("org_id", "org_1", "org_permissions", List.of("org:a:b", 7L)))
        .organization().orElseThrow().permissions(), "one bad entry grants nothing");
    assertEquals(List.of(), map(Map.of("org_id", "org_1", "org_permissions", "org:a:b"))
        .organization().orElseThrow().permissions());
  }

  @Test
  void mapWhenOrganizationCarriesEmptyRoleOrBlankPermissionsThenTheyAreLeftOut() {
    Organization v1 = map(Map.of("org_id", "org_1", "org_role", "", "org_permissions",
        List.of("", "org:a:b", "  ", "\t"))).organization().orElseThrow();
    Organization v2 = map(Map.of("v", 2L, "o", Map.of("id", "org_1", "rol", ""))).organization().orElseThrow();

    assertEquals(List.of("org:a:b"), v1.permissions(), "blank entries grant nothing and are not listed");
    assertTrue(v1.role().isEmpty(), () -> "empty v1 role is no role, was " + v1.role());
    assertTrue(v2.role().isEmpty(), () -> "empty v2 role is no role, was " + v2.role());
    assertEquals("  ", map(Map.of("org_id", "org_1", "org_role", "  ")).organization().orElseThrow().role()
        .orElseThrow(), "a whitespace role is kept as sent: Clerk compares it");
  }

  @Test
  void mapWhenFvaHasFractionsOrBadShapesThenFlooredOrAbsent() {
    assertEquals(new FactorVerificationAge(9, -1),
        map(Map.of("fva", List.of(new BigDecimal("9.99"), new BigDecimal("-1.0"))))
            .factorVerificationAge().orElseThrow());
    assertEquals(new FactorVerificationAge(Long.MAX_VALUE, 0),
        map(Map.of("fva", List.of(new BigDecimal("1e30"), 0L))).factorVerificationAge().orElseThrow());
    assertTrue(map(Map.of("fva", List.of(1L))).factorVerificationAge().isEmpty());
    assertTrue(map(Map.of("fva", List.of(-2L, 0L))).factorVerificationAge().isEmpty());
    assertTrue(map(Map.of("fva", List.of(new BigDecimal("-0.5"), 0L))).factorVerificationAge().isEmpty());
    assertTrue(map(Map.of("fva", List.of("0", "0"))).factorVerificationAge().isEmpty());
    assertTrue(map(Map.of("fva", "0,0")).factorVerificationAge().isEmpty());
  }

  @Test
  void mapWhenAudienceIsAListWithANonStringThenNoAudience() {
    assertEquals(List.of("a", "b"), map(Map.of("aud", List.of("a", "b"))).audience());
    assertEquals(List.of(), map(Map.of("aud", List.of("a", 1L))).audience());
  }

  @Test
  void mapWhenPendingStatusThenPending() {
    assertEquals(SessionStatus.PENDING, map(Map.of("sts", "pending")).status());
  }

  @Test
  void mapWhenFvaAgeIsAFractionalZeroThenZeroMinutes() {
    assertEquals(new FactorVerificationAge(0, 0),
        map(Map.of("fva", List.of(new BigDecimal("0.0"), new BigDecimal("0.5")))).factorVerificationAge().orElseThrow(),
        "0.0 is a fresh verification, not a malformed age");
  }
}
