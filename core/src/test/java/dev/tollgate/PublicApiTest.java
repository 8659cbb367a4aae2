package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Core's public API (every public and protected type and member of the packages {@code module-info} exports) is
 * recorded in {@code core/api/tollgate-core.api.txt}; this test fails with the added ({@code +}) and removed
 * ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl core -Dtest=PublicApiTest -Dtollgate.api.update=true}. Binary compatibility checks
 * against a released version (japicmp) come after the first release; until then this list is the record.
 */
class PublicApiTest {

  /**
   * Simple names that exported types share today, with the types that share them. One name, one type: remove an
   * entry when its clash is resolved (the test fails while an entry here no longer clashes).
   */
  static final Map<String, Set<String>> KNOWN_CLASHES = Map.of(
      "Session", Set.of("dev.tollgate.Session", "dev.tollgate.backend.Session"),
      "Kind", Set.of("dev.tollgate.backend.BackendApiException.Kind", "dev.tollgate.keys.KeyFetchFailure.Kind"),
      "Builder", Set.of("dev.tollgate.AuthorizationCheck.Builder", "dev.tollgate.backend.GetTokenOptions.Builder",
          "dev.tollgate.backend.SessionListRequest.Builder", "dev.tollgate.keys.KeySourceHealth.Builder"));

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(Session.class,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-core.api.txt"));
    assertTrue(differences.isEmpty(), () -> "core's API differs from api/tollgate-core.api.txt (+ added, - removed);"
        + " if intended, rerun with -D" + PublicApi.UPDATE_PROPERTY + "=true and commit the file:\n"
        + String.join("\n", differences));
  }

  @Test
  void exportedTypesWhenNamedThenNoTwoShareASimpleName() {
    assertEquals(KNOWN_CLASHES, PublicApi.simpleNameClashes(Session.class),
        "exported types (nested included) sharing a simple name, other than the known ones");
  }
}
