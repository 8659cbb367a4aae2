package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactOrgClaimTest {

  private static CompactOrgClaim encode(List<String> features, String... permissions) {
    return CompactOrgClaim.encode(features, List.of(permissions));
  }

  private static void assertEncoding(String fea, String per, String fpm, CompactOrgClaim encoded) {
    assertEquals(fea, String.join(",", encoded.features()), "fea");
    assertEquals(per, encoded.per(), "per");
    assertEquals(fpm, encoded.fpm(), "fpm");
  }

  @Test
  void encodeWhenNamesRepeatAcrossFeaturesThenEachNameOnceAndEveryFeatureDecodesInTheGivenOrder() {
    CompactOrgClaim encoded = encode(List.of("o:invoices", "o:members"), "org:invoices:read", "org:members:manage",
        "org:members:read", "org:invoices:delete");

    // A decoder lists a feature's permissions in per order: members needs manage before read, invoices read
    // before delete; first-seen order (read,manage,delete) would decode members as read, manage.
    assertEquals("manage,read,delete", encoded.per(), "per");
    assertEquals("6,3", encoded.fpm(), "fpm: invoices read|delete, members manage|read");
  }

  @Test
  void encodeWhenFeaturesOrderNamesInConflictingWaysThenFirstSeenOrderForTheCycle() {
    CompactOrgClaim encoded = encode(List.of("o:a", "o:b"), "org:a:read", "org:a:write", "org:b:write",
        "org:b:read");

    assertEquals("read,write", encoded.per(), "per: no order satisfies both, so first seen");
    assertEquals("3,3", encoded.fpm(), "fpm");
  }

  @Test
  void encodeWhenFeaturesOfEveryScopeThenOneMaskPerOrgScopedFeatureInFeaOrder() {
    CompactOrgClaim encoded = encode(List.of("u:dashboard", "uo:chat", "o:invoices", "ou:members", "u:profile"),
        "org:invoices:read", "org:chat:manage", "org:members:read", "org:members:manage");

    assertEncoding("u:dashboard,uo:chat,o:invoices,ou:members,u:profile", "read,manage", "2,1,3", encoded);
  }

  @Test
  void encodeWhenPermissionNeedsAFeatureNotInFeaThenAppendedAsOrgScoped() {
    CompactOrgClaim encoded = encode(List.of("u:invoices", "o:members"), "org:invoices:read", "org:members:read",
        "org:billing:manage");

    assertEncoding("u:invoices,o:members,o:invoices,o:billing", "read,manage", "1,1,2", encoded);
  }

  @Test
  void encodeWhenOrgScopedFeatureHasNoPermissionsThenItsMaskIsZero() {
    assertEncoding("o:a,o:b", "read", "0,1", encode(List.of("o:a", "o:b"), "org:b:read"));
    assertEncoding("o:a", "", "0", encode(List.of("o:a")));
    assertEncoding("", "", "", encode(List.of()));
  }

  @Test
  void encodeWhenPermissionGivenTwiceThenSameAsOnce() {
    assertEquals(encode(List.of(), "org:a:read"), encode(List.of(), "org:a:read", "org:a:read"), "encoding");
  }

  @Test
  void encodeWhenSixtyTwoNamesThenTheLastIsTheTopBitOfTheMask() {
    List<String> permissions = new ArrayList<>();
    for (int i = 0; i < CompactOrgClaim.MAX_PERMISSION_NAMES; i++) {
      permissions.add("org:feature:p" + i);
    }
    permissions.add("org:last:p61");

    CompactOrgClaim encoded = CompactOrgClaim.encode(List.of(), permissions);

    assertEquals(62, encoded.per().split(",").length, "names in per");
    assertEquals("o:feature,o:last", String.join(",", encoded.features()), "fea");
    assertEquals(((1L << 62) - 1) + "," + (1L << 61), encoded.fpm(), "fpm: all 62 bits, then bit 61 alone");
  }

  @Test
  void encodeWhenSixtyThreeNamesThenRefused() {
    List<String> permissions = new ArrayList<>();
    for (int i = 0; i <= CompactOrgClaim.MAX_PERMISSION_NAMES; i++) {
      permissions.add("org:feature:p" + i);
    }

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> CompactOrgClaim.encode(List.of(), permissions), "63 names");
    assertEquals("permissions may use at most 62 distinct names", refused.getMessage(), "message");
  }

  @Test
  void encodeWhenPermissionMalformedThenRefused() {
    for (String permission : List.of("invoices:read", "org:invoices", "org::read", "org:invoices:read:more",
        "org:in voices:read", "user:invoices:read")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> encode(List.of(), permission), permission);
      assertEquals("permissions must look like org:<feature>:<permission>", refused.getMessage(), permission);
    }
  }

  // The vectors below are Clerk's, from /work/shared/reference/clerk-fixtures: js-shared/v2-claims-vectors.json,
  // transcribed from clerk/javascript@e21ae9a4 packages/shared/src/__tests__/jwtPayloadParser.spec.ts, and
  // derived/v2_org_active (its fea/per/fpm also in packages/backend/src/tokens/__tests__/authObjects.test.ts,
  // "v2 billing with scopes"). Each permission list is the one Clerk's parser decodes the vector to, ordered so
  // that the names come first-seen in Clerk's per order.

  @Test
  void encodeWhenClerksZeroMaskVectorThenClerksPerAndFpm() {
    // "zero mask keeps alignment"
    assertEncoding("o:impersonation,o:memberships,o:feature3", "read,manage", "1,3,0",
        encode(List.of("o:impersonation", "o:memberships", "o:feature3"), "org:impersonation:read",
            "org:memberships:read", "org:memberships:manage"));
  }

  @Test
  void encodeWhenClerksUoScopeVectorThenClerksPerAndFpm() {
    // "uo scope counts as org"
    assertEncoding("uo:impersonation,o:memberships,uo:feature3", "read,manage", "1,3,1",
        encode(List.of("uo:impersonation", "o:memberships", "uo:feature3"), "org:impersonation:read",
            "org:memberships:read", "org:memberships:manage", "org:feature3:read"));
  }

  @Test
  void encodeWhenClerksAlignmentVectorThenClerksPerAndFpm() {
    // "alignment after zero-permission feature": Clerk decodes it to org:repositories:read,
    // org:repositories:update, org:billing:manage, org:billing:read
    assertEncoding("o:repositories,o:impersonation,o:billing", "manage,read,update", "6,0,3",
        encode(List.of("o:repositories", "o:impersonation", "o:billing"), "org:billing:manage",
            "org:repositories:read", "org:repositories:update", "org:billing:read"));
  }

  @Test
  void encodeWhenClerksFiveNameVectorThenTheSameGrantsWithoutTheNameNothingGrants() {
    // "case 3 (also Go vector)": per "read,create,update,delete,revoke", fpm "7,21", which Clerk decodes to
    // org:repositories:read/create/update and org:projects:read/update/revoke. No mask grants "delete"; this
    // encoder lists only names some permission uses, so revoke moves to bit 3 and projects reads 1+4+8.
    assertEncoding("o:repositories,o:projects", "read,create,update,revoke", "7,13",
        encode(List.of("o:repositories", "o:projects"), "org:repositories:read", "org:repositories:create",
            "org:repositories:update", "org:projects:read", "org:projects:update", "org:projects:revoke"));
  }

  @Test
  void encodeWhenClerksV2OrgActiveThenClerksPerAndFpmPlusTheZeroMaskClerkLeavesOut() {
    // derived/v2_org_active: fea o:reservations,u:dashboard,uo:support-chat,o:impersonation, per "read,manage",
    // fpm "2,3", which Clerk's JavaScript parser decodes to org:reservations:manage, org:support-chat:read,
    // org:support-chat:manage. Clerk's fpm stops before o:impersonation, which grants nothing; this encoder writes
    // every org-scoped feature's mask, so the same grants read "2,3,0".
    assertEncoding("o:reservations,u:dashboard,uo:support-chat,o:impersonation", "read,manage", "2,3,0",
        encode(List.of("o:reservations", "u:dashboard", "uo:support-chat", "o:impersonation"),
            "org:support-chat:read", "org:support-chat:manage", "org:reservations:manage"));
  }
}
