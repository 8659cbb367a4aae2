package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactOrgClaimTest {

  @Test
  void encodeWhenPermissionsOfTwoFeaturesThenNamesOnceAndOneMaskPerFeature() {
    CompactOrgClaim org = CompactOrgClaim.encode(List.of(),
        List.of("org:billing:manage", "org:reports:read", "org:billing:read"));

    assertEquals(List.of("o:billing", "o:reports"), org.features());
    assertEquals("manage,read", org.per());
    assertEquals("3,2", org.fpm());
  }

  @Test
  void encodeWhenUserFeaturesComeFirstThenMasksAlignWithOrgScopedEntriesOnly() {
    CompactOrgClaim org = CompactOrgClaim.encode(List.of("u:dashboard", "uo:support", "o:reservations"),
        List.of("org:reservations:manage", "org:support:read"));

    assertEquals(List.of("u:dashboard", "uo:support", "o:reservations"), org.features());
    assertEquals("manage,read", org.per());
    assertEquals("2,1", org.fpm());
  }

  @Test
  void encodeWhenNoPermissionsThenEmptyPerAndZeroMasks() {
    CompactOrgClaim org = CompactOrgClaim.encode(List.of("o:reservations", "u:pro"), List.of());

    assertEquals("", org.per());
    assertEquals("0", org.fpm());
  }

  @Test
  void encodeWhenTooManyPermissionNamesThenRefused() {
    List<String> permissions = new ArrayList<>();
    for (int i = 0; i <= CompactOrgClaim.MAX_PERMISSION_NAMES; i++) {
      permissions.add("org:feature:p" + i);
    }

    assertThrows(IllegalArgumentException.class, () -> CompactOrgClaim.encode(List.of(), permissions));
  }
}
