package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Backend API client's public API (every public and protected type and member of {@code dev.tollgate.backend})
 * is recorded in {@code backend-api/api/tollgate-backend-api.api.txt}; this test fails with the added ({@code +})
 * and removed ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl backend-api -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtollgate.api.update=true}. Binary compatibility checks against a released version (japicmp) come after the
 * first release; until then this list is the record.
 */
class PublicApiTest {

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(BackendApi.class,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-backend-api.api.txt"));
    assertTrue(differences.isEmpty(), () -> "the Backend API client's API differs from"
        + " api/tollgate-backend-api.api.txt (+ added, - removed); if intended, rerun with -D"
        + PublicApi.UPDATE_PROPERTY + "=true and commit the file:\n" + String.join("\n", differences));
  }

  @Test
  void exportedTypesWhenNamedThenNoneSharesASimpleNameWithAnotherOrWithCore() {
    Map<String, Set<String>> involvingTheBackend = new TreeMap<>(PublicApi.simpleNameClashes(Session.class,
        BackendApi.class));
    involvingTheBackend.values()
        .removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.backend.")));
    assertEquals(Map.of(), involvingTheBackend, "exported types (nested included) sharing a simple name");
  }
}
