package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "sess 1", "sess/1", "/", "..", ".", "a\\b", "a\tb", "a\nb", "a\u0000b",
      "a\u00a0b", "a\u2028b"})
  void checkWhenNotOnePathSegmentThenRejectedWithoutEchoingIt(String value) {
    IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
        () -> PathSegments.check(value, "sessionId"));

    assertTrue(rejected.getMessage().startsWith("sessionId must"), rejected.getMessage());
    assertFalse(value.length() > 2 && rejected.getMessage().contains(value));
  }

  @Test
  void checkWhenLongerThanLimitThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> PathSegments.check("s".repeat(257), "sessionId"));
    assertEquals(256, PathSegments.check("s".repeat(256), "sessionId").length());
  }

  @Test
  void checkWhenClerkIdThenReturnedAsIs() {
    assertEquals("sess_2abcDEF123", PathSegments.check("sess_2abcDEF123", "sessionId"));
  }

  @Test
  void encodeWhenReservedOrNonAsciiThenPercentEncodedAsUtf8() {
    assertEquals("sess_2abc-._~", PathSegments.encode("sess_2abc-._~"));
    assertEquals("a%3Fb%23c%25d%26e%3Df%2Bg%3Ah", PathSegments.encode("a?b#c%d&e=f+g:h"));
    assertEquals("caf%C3%A9", PathSegments.encode("café"));
  }
}
