package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNamesTest {

  private static String known(String text) {
    byte[] bytes = ("{\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
    return JsonNames.known(bytes, 2, bytes.length - 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alg", "kid", "n", "e", "sub", "iss", "org_permissions", "v", "o", "fva", "keys"})
  void knownWhenTheBytesAreAWellKnownNameThenThatName(String name) {
    assertEquals(name, known(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "su", "subx", "Sub", "org_permission", "org_permissionsx", "custom", "\u00e9",
      "a_name_longer_than_any_known_one"})
  void knownWhenTheBytesAreNotAWellKnownNameThenNull(String text) {
    assertNull(known(text), text);
  }
}
