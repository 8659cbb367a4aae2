package dev.tollgate.servlet;

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
 * The filter's public API (every public and protected type and member of {@code dev.tollgate.servlet}) is recorded
 * in {@code servlet-filter/api/tollgate-servlet-filter.api.txt}; this test fails with the added ({@code +}) and
 * removed ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl servlet-filter -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtollgate.api.update=true}. Binary compatibility checks against a released version (japicmp) come after the
 * first release; until then this list is the record.
 */
class PublicApiTest {

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(TollgateFilter.class,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-servlet-filter.api.txt"));
    assertTrue(differences.isEmpty(), () -> "the filter's API differs from api/tollgate-servlet-filter.api.txt"
        + " (+ added, - removed); if intended, rerun with -D" + PublicApi.UPDATE_PROPERTY
        + "=true and commit the file:\n" + String.join("\n", differences));
  }

  @Test
  void exportedTypesWhenNamedThenNoneSharesASimpleNameWithAnotherOrWithCore() {
    Map<String, Set<String>> involvingTheFilter = new TreeMap<>(PublicApi.simpleNameClashes(Session.class,
        TollgateFilter.class));
    involvingTheFilter.values()
        .removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.servlet.")));
    assertEquals(Map.of(), involvingTheFilter, "exported types (nested included) sharing a simple name");
  }
}
