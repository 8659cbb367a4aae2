package dev.tollgate.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathPatternsTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
      "/*, /, true", "/*, /anything/at/all, true",
      "/api/*, /api, true", "/api/*, /api/, true", "/api/*, /api/users/1, true", "/api/*, /apix, false",
      "/api/*, /public/api/x, false", "/api/*, /API/x, false",
      "*.json, /data/x.json, true", "*.json, /x.json/y, false", "*.json, /x.jsonp, false",
      "/admin, /admin, true", "/admin, /admin/, false", "/admin, /administrator, false"
  })
  void matchesWhenPatternAndPathThenServletSemantics(String pattern, String path, boolean expected) {
    assertEquals(expected, PathPatterns.of(List.of(pattern)).matches(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "api/*", "/api*", "/a/*/b", "*.", "*.a/b", "", "/a b", "**.json"})
  void ofWhenPatternHasAnotherFormThenRejected(String pattern) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> PathPatterns.of(List.of(pattern)));

    assertTrue(error.getMessage().contains("is not a path pattern"), error.getMessage());
  }

  @Test
  void noneWhenAnyPathThenNoMatch() {
    assertTrue(PathPatterns.none().isEmpty());
    assertFalse(PathPatterns.none().matches("/api/x"));
  }

  @Test
  void matchesWhenSeveralPatternsThenAnyMatches() {
    PathPatterns patterns = PathPatterns.of(List.of("/api/*", "*.json"));

    assertTrue(patterns.matches("/static/x.json"));
    assertTrue(patterns.matches("/api/x"));
    assertFalse(patterns.matches("/static/x.css"));
  }
}
