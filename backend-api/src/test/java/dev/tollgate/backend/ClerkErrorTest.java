package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClerkErrorTest {

  @Test
  void toStringWhenLongMessageThenCodeAndLongMessage() {
    assertEquals("resource_not_found: No session found",
        new ClerkError("resource_not_found", "not found", "No session found").toString());
    assertEquals("resource_not_found: not found", new ClerkError("resource_not_found", "not found", null).toString());
  }

  @Test
  void constructorWhenControlCharactersThenReplacedWithSpaces() {
    ClerkError error = new ClerkError("c\r\nX-Injected: 1", "line\none", "tab\there");

    assertEquals("c  X-Injected: 1", error.code());
    assertEquals("line one", error.message());
    assertEquals(Optional.of("tab here"), error.longMessage());
  }

  @Test
  void constructorWhenTextIsVeryLongThenCut() {
    ClerkError error = new ClerkError("c", "m".repeat(10_000), null);

    assertEquals(ClerkError.MAX_TEXT_LENGTH + 1, error.message().length());
  }

  @Test
  void equalsWhenSameTextsThenEqual() {
    assertEquals(new ClerkError("a", "b", "c"), new ClerkError("a", "b", "c"));
    assertEquals(new ClerkError("a", "b", "c").hashCode(), new ClerkError("a", "b", "c").hashCode());
    assertNotEquals(new ClerkError("a", "b", "c"), new ClerkError("a", "b", null));
    assertThrows(NullPointerException.class, () -> new ClerkError(null, "", null));
  }
}
