package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenSpecTest {

  @Test
  void buildWhenNothingSetThenClerkLikeDefaults() {
    TokenSpec spec = TokenSpec.builder().build();

    assertEquals(TokenSpec.DEFAULT_SUBJECT, spec.subject());
    assertEquals(Optional.of(TokenSpec.DEFAULT_AUTHORIZED_PARTY), spec.authorizedParty());
    assertEquals(2, spec.claimsVersion());
    assertEquals(Duration.ofSeconds(60), spec.lifetime());
    assertEquals(Optional.of(List.of(0L, -1L)), spec.factorAges());
    assertEquals(SessionStatus.ACTIVE, spec.status());
    assertTrue(spec.orgId().isEmpty());
    assertTrue(spec.sessionId().isEmpty());
  }

  @Test
  void orgRoleWhenBareOrPrefixedThenOnePrefixAndDefaultOrganization() {
    assertEquals(Optional.of("org:admin"), TokenSpec.builder().orgRole("admin").build().orgRole());
    assertEquals(Optional.of("org:admin"), TokenSpec.builder().orgRole("org:org:admin").build().orgRole());
    assertEquals(Optional.of(TokenSpec.DEFAULT_ORG_ID), TokenSpec.builder().orgRole("admin").build().orgId());
  }

  @Test
  void permissionsWhenGivenWithoutOrganizationThenDefaultOrganization() {
    TokenSpec spec = TokenSpec.builder().permissions(List.of("org:billing:manage")).build();

    assertEquals(Optional.of(TokenSpec.DEFAULT_ORG_ID), spec.orgId());
  }

  @Test
  void buildWhenV1WithFeaturesThenRefused() {
    TokenSpec.Builder v1 = TokenSpec.builder().claimsVersion(1).features(List.of("u:dashboard"));

    assertThrows(IllegalArgumentException.class, v1::build);
  }

  @Test
  void settersWhenValuesOutOfShapeThenRefused() {
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().lifetime(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().lifetime(Duration.ofDays(2)));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().age(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().claimsVersion(3));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().permissions(List.of("billing:manage")));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().features(List.of("x:dashboard")));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().factorAges(-2, 0));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().subject("user with space"));
    assertThrows(IllegalArgumentException.class, () -> TokenSpec.builder().orgRole("org:"));
  }
}
