package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

  private static JsonObject of(Object... namesAndValues) {
    JsonObject object = JsonObject.copyOf(namesAndValues, 0, namesAndValues.length, true);
    assertNotNull(object, "no name repeats, yet the object was refused");
    return object;
  }

  @Test
  void mapWhenBuiltThenBehavesLikeAnOrderedMapIncludingNullValues() {
    JsonObject object = of("sub", "user_1", "n", null, "exp", 5L);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("sub", "user_1");
    expected.put("n", null);
    expected.put("exp", 5L);

    assertEquals(expected, object);
    assertEquals(object, expected);
    assertEquals(expected.hashCode(), object.hashCode());
    assertEquals(List.of("sub", "n", "exp"), new ArrayList<>(object.keySet()));
    assertTrue(object.containsKey("n"));
    assertNull(object.get("n"));
    assertFalse(object.containsKey("missing"));
    assertEquals(3, object.size());
  }

  @Test
  void mapWhenModifiedThenUnsupported() {
    JsonObject object = of("a", 1L);

    assertThrows(UnsupportedOperationException.class, () -> object.put("b", 2L));
    assertThrows(UnsupportedOperationException.class, () -> object.remove("a"));
    assertThrows(UnsupportedOperationException.class, object::clear);
    assertThrows(UnsupportedOperationException.class, () -> object.entrySet().iterator().next().setValue(3L));
  }

  @Test
  void copyOfWhenNameRepeatsThenNullBeforeAndAfterSwitchingToAHashSet() {
    assertNull(JsonObject.copyOf(new Object[] {"a", 1L, "a", 2L}, 0, 4, true));
    assertEquals(Map.of("a", 1L), JsonObject.copyOf(new Object[] {"x", 0L, "a", 1L, "a", 2L}, 2, 4, true),
        "only the slice counts");

    Object[] members = new Object[202];
    for (int i = 0; i < 100; i++) {
      members[2 * i] = "m" + i;
      members[2 * i + 1] = (long) i;
    }
    members[200] = "m3";
    members[201] = 0L;
    assertNull(JsonObject.copyOf(members, 0, 202, true), "a late repeat of an early name");
    members[200] = "m99";
    assertNull(JsonObject.copyOf(members, 0, 202, true), "a repeat of the name just before");
    members[200] = "m100";
    JsonObject large = JsonObject.copyOf(members, 0, 202, true);
    assertNotNull(large, "no name repeats");
    assertEquals(101, large.size());
    assertEquals(57L, large.get("m57"));
  }

  @Test
  void copyOfWhenTheCallerHasComparedTheNamesThenTheyAreNotComparedAgain() {
    assertNotNull(JsonObject.copyOf(new Object[] {"a", 1L, "a", 2L}, 0, 4, false),
        "the reader tells repeats of well-known names itself and asks for a comparison only for other names");
  }

  @Test
  void getWhenANameIsWellKnownOrNotThenFoundByAnEqualStringOfEitherKind() {
    JsonObject object = of("custom", 1L, "sub", "user_1", "exp", 5L);

    assertEquals("user_1", object.get("sub"), "the shared string, by identity");
    assertEquals("user_1", object.get(new String("sub".toCharArray())), "an equal copy, by text");
    assertEquals(1L, object.get(new String("custom".toCharArray())));
    assertNull(object.get("iss"), "a well-known name that is not a member");
    assertNull(object.get(new String("iss".toCharArray())));
    assertFalse(((Map<?, ?>) object).containsKey(1L), "a name is a string");
  }

  @Test
  void copyOfWhenAWellKnownNameIsNotTheSharedStringThenAnAssertionFails() {
    Object[] members = {new String("sub".toCharArray()), 1L};

    assertThrows(AssertionError.class, () -> JsonObject.copyOf(members, 0, 2, true),
        "a copy of a well-known name would be missed by an identity lookup");
  }

  @Test
  void copyOfWhenTheSourceChangesLaterThenTheObjectDoesNot() {
    Object[] members = {"a", 1L};
    JsonObject object = of(members);
    members[1] = 2L;

    assertEquals(1L, object.get("a"), "the object must own its members");
  }
}
