package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OverridesTest {

  private static Map<String, @Nullable Object> base() {
    Map<String, @Nullable Object> members = new LinkedHashMap<>();
    members.put("sub", "user_1");
    members.put("sid", "sess_1");
    return members;
  }

  @Test
  void applyToWhenNameSetAfterRemovedOrRemovedAfterSetThenTheLastCallWins() {
    Overrides overrides = new Overrides();
    overrides.remove("sub");
    overrides.put("sub", "user_2");
    overrides.put("sid", "sess_2");
    overrides.remove("sid");
    Map<String, @Nullable Object> members = base();

    overrides.applyTo(members);

    assertEquals(Map.of("sub", "user_2"), members, "members after the overrides");
  }

  @Test
  void copyWhenChangedThenTheOriginalStaysAsItWas() {
    Overrides original = new Overrides();
    original.put("aud", "api");
    Overrides copy = original.copy();
    copy.remove("aud");
    copy.put("sub", "user_2");
    Map<String, @Nullable Object> members = base();

    original.applyTo(members);

    assertEquals(Map.of("sub", "user_1", "sid", "sess_1", "aud", "api"), members, "the original's overrides only");
  }
}
