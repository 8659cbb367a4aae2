package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    assertEquals(Map.of(), PublicApi.simpleNameClashes(Session.class),
        "exported types (nested included) sharing a simple name");
  }

}
