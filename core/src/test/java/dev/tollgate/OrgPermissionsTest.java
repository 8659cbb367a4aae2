package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgPermissionsTest {

  @Test
  void decodeWhenMasksAlignWithOrgFeaturesThenLeastSignificantBitIsFirstPermission() {
    Entitlements features = Entitlements.parse("o:repositories,u:profile,uo:projects");

    assertEquals(List.of("org:repositories:read", "org:repositories:create", "org:repositories:update",
        "org:projects:read", "org:projects:update", "org:projects:revoke"),
        OrgPermissions.decode(features, "read,create,update,delete,revoke", "7,21"));
  }

  @Test
  void decodeWhenMaskIsWiderThan64BitsThenExact() {
    StringBuilder per = new StringBuilder("p0");
    for (int i = 1; i <= 70; i++) {
      per.append(",p").append(i);
    }
    String mask = java.math.BigInteger.ONE.shiftLeft(70).add(java.math.BigInteger.ONE).toString();

    assertEquals(List.of("org:f:p0", "org:f:p70"), OrgPermissions.decode(Entitlements.parse("o:f"), per.toString(),
        mask));
  }

  @Test
  void decodeWhenMaskIsMalformedThenThatFeatureGetsNothingAndOthersKeepAlignment() {
    Entitlements features = Entitlements.parse("o:a,o:b,o:c");

    assertEquals(List.of("org:a:read", "org:c:write"),
        OrgPermissions.decode(features, "read,write", "1, x1 ,2"));
    assertEquals(List.of(), OrgPermissions.decode(features, "read", "-1,1.5,1e3"));
    assertEquals(List.of(), OrgPermissions.decode(features, "read", "9".repeat(101)));
  }

  @Test
  void decodeWhenPerOrFpmIsMissingOrFeaClaimMalformedThenNothing() {
    Entitlements features = Entitlements.parse("o:a");

    assertEquals(List.of(), OrgPermissions.decode(features, null, "1"));
    assertEquals(List.of(), OrgPermissions.decode(features, "read", null));
    assertEquals(List.of(), OrgPermissions.decode(features, "read", 1L));
    assertEquals(List.of(), OrgPermissions.decode(Entitlements.parse("o:a,b"), "read", "1"));
    assertEquals(List.of(), OrgPermissions.decode(features, "", "1"));
  }

  @Test
  void decodeWhenMaskAndOrgFeatureCountsDifferThenTheSurplusIsIgnored() {
    assertEquals(List.of("org:a:read"), OrgPermissions.decode(Entitlements.parse("o:a"), "read", "1,1"),
        "more masks than org features");
    assertEquals(List.of("org:a:read"), OrgPermissions.decode(Entitlements.parse("o:a,o:b"), "read", "1"),
        "more org features than masks");
  }

  @Test
  void decodeWhenMaskHasTheMostDigitsAllowedThenDecoded() {
    assertEquals(List.of("org:f:read"), OrgPermissions.decode(Entitlements.parse("o:f"), "read", "0".repeat(99) + "1"));
  }

  @Test
  void decodeWhenPermissionsAndMasksArePaddedThenTrimmed() {
    assertEquals(List.of("org:f:read", "org:f:write"),
        OrgPermissions.decode(Entitlements.parse("o:f"), " read , write ", " 3 "));
  }
}
