package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitlementsTest {

  private static boolean has(Entitlements entitlements, String wanted) {
    return entitlements.has(AuthorizationCheck.ScopedName.parse(wanted, "feature"));
  }

  @Test
  void parseWhenScopedListThenOrgAndUserNamesSplitAndBothScopesCountTwice() {
    Entitlements features = Entitlements.parse(" o:reservations, u:dashboard,uo:support-chat,ou:audit ");

    assertEquals(List.of("o:reservations", "u:dashboard", "uo:support-chat", "ou:audit"), features.entries());
    assertEquals(List.of("reservations", "support-chat", "audit"), features.orgNames());
    for (String granted : List.of("org:reservations", "o:audit", "user:support-chat", "dashboard", "reservations")) {
      assertTrue(has(features, granted), () -> "'" + granted + "' is not granted");
    }
    for (String refused : List.of("org:dashboard", "user:reservations", "missing")) {
      assertFalse(has(features, refused), () -> "'" + refused + "' is granted");
    }
  }

  @Test
  void parseWhenAnyEntryLacksAScopeThenTheWholeClaimGrantsNothing() {
    Entitlements malformed = Entitlements.parse("o:reservations,dashboard");

    assertTrue(malformed.isMalformed());
    assertFalse(has(malformed, "org:reservations"));
    assertFalse(has(malformed, "dashboard"));
  }

  @Test
  void parseWhenAnEntryIsEmptyThenTheWholeClaimGrantsNothing() {
    for (String claim : List.of("o:reservations,", ",o:reservations", "o:reservations,,u:x", "o:reservations, ,u:x")) {
      Entitlements features = Entitlements.parse(claim);

      assertTrue(features.isMalformed(), () -> "'" + claim + "' is malformed, as Clerk's splitByScope throws");
      assertFalse(has(features, "reservations"), () -> "'" + claim + "' grants nothing");
    }
  }

  @Test
  void parseWhenAbsentEmptyOrNotAStringThenNone() {
    assertSame(Entitlements.NONE, Entitlements.parse(null));
    assertSame(Entitlements.NONE, Entitlements.parse(""));
    assertSame(Entitlements.NONE, Entitlements.parse(List.of("o:x")));
    assertEquals(List.of(), Entitlements.parse(",,").entries());
  }

  @Test
  void parseWhenScopeIsUnknownThenEntryIsListedButGrantsNothing() {
    Entitlements features = Entitlements.parse("x:thing,o:ok");

    assertEquals(List.of("x:thing", "o:ok"), features.entries());
    assertFalse(has(features, "thing"));
    assertTrue(has(features, "ok"));
  }

  @Test
  void parseWhenScopeIsEmptyThenEntryGrantsNothingAndTheClaimIsNotMalformed() {
    Entitlements features = Entitlements.parse(":thing,o:ok");

    assertFalse(features.isMalformed(), "an entry with a colon has a scope, if an unknown one");
    assertEquals(List.of("ok"), features.orgNames());
    assertFalse(has(features, "thing"));
  }
}
