package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNamesTest {

  /** The index of {@code text} read from within a larger array, with the hash {@link JsonReader} computes. */
  private static int indexOfBytes(String text) {
    byte[] bytes = ("{\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
    int hash = 0;
    for (int i = 2; i < bytes.length - 1; i++) {
      hash = 31 * hash + bytes[i];
    }
    return JsonNames.indexOf(bytes, 2, bytes.length - 3, hash);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alg", "kid", "n", "e", "sub", "iss", "org_permissions", "v", "o", "fva", "keys"})
  void indexOfWhenTheBytesAreAWellKnownNameThenThatName(String name) {
    int index = indexOfBytes(name);

    assertTrue(index >= 0, () -> name + " not found");
    // An annotation's strings are not interned, so intern() gives the literal's instance.
    assertSame(name.intern(), JsonNames.name(index), "a literal and the shared name should be one string");
    assertEquals(index, JsonNames.indexOf(new String(name.toCharArray())), "found by its bytes, not by its text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "su", "subx", "Sub", "org_permission", "org_permissionsx", "custom", "\u00e9",
      "a_name_longer_than_any_known_one", "Aa", "BB"})
  void indexOfWhenTheBytesAreNotAWellKnownNameThenMinusOne(String text) {
    assertEquals(-1, indexOfBytes(text), text);
    assertEquals(-1, JsonNames.indexOf(text), text);
  }

  @Test
  void indexOfWhenBytesShareAWellKnownNamesHashThenMinusOne() {
    // Two adjacent characters (c1, c2) and (c1 + 1, c2 - 31) add the same to a string hash.
    String sub = "sub";
    String twin = "s" + (char) ('u' + 1) + (char) ('b' - 31);
    assertEquals(sub.hashCode(), twin.hashCode(), "the twin should collide with sub");

    assertEquals(-1, indexOfBytes(twin), "a name with sub's hash and other bytes");
    assertEquals(-1, JsonNames.indexOf(twin));
  }

  @Test
  void indexOfWhenEveryNameIsLookedUpThenEachHasItsOwnIndexBelowCount() {
    Set<String> names = new HashSet<>();
    for (int index = 0; index < JsonNames.COUNT; index++) {
      String name = JsonNames.name(index);
      assertTrue(names.add(name), () -> name + " listed twice");
      assertEquals(index, indexOfBytes(name), name);
      assertEquals(index, JsonNames.indexOf(name), name);
    }
    assertTrue(JsonNames.COUNT <= Long.SIZE, "one bit per name must fit a long");
  }

  @Test
  void isSharedWhenAnEqualStringIsNotTheSharedOneThenFalse() {
    assertTrue(JsonNames.isShared("sub"), "a literal of another class is the shared string");
    assertSame("org_permissions", JsonNames.name(JsonNames.indexOf("org_permissions")));
    assertFalse(JsonNames.isShared(new String("sub".toCharArray())), "an equal copy is not");
    assertFalse(JsonNames.isShared("custom"), "not a well-known name");
  }
}
