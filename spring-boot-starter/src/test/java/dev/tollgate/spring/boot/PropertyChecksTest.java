package dev.tollgate.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PropertyChecksTest {

  @Test
  void checkedWhenTheCheckRefusesThenStartupErrorNamingThePropertyNotTheValue() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> PropertyChecks.checked("tollgate.clock-skew", () -> {
          throw new IllegalArgumentException("must not be negative");
        }));

    assertEquals("Tollgate is misconfigured: property tollgate.clock-skew is invalid: must not be negative",
        refused.getMessage());
  }

  @Test
  void checkedWhenTheCheckPassesThenItsResult() {
    assertEquals("ok", PropertyChecks.checked("tollgate.realm", () -> "ok"));
  }

  @Test
  void realmWhenNotAChallengeRealmThenStartupErrorNamingTollgateRealm() {
    TollgateProperties tollgate = new TollgateProperties();
    tollgate.setRealm("bad\"realm");

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PropertyChecks.realm(tollgate));

    assertTrue(refused.getMessage().startsWith("Tollgate is misconfigured: property tollgate.realm is invalid: "),
        refused.getMessage());
    assertFalse(refused.getMessage().contains("bad\"realm"), "the value is never echoed: " + refused.getMessage());
  }
}
