package dev.tollgate.micrometer;

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
 * The Micrometer binding's public API (every public and protected type and member of
 * {@code dev.tollgate.micrometer}) is recorded in {@code micrometer/api/tollgate-micrometer.api.txt}; this test
 * fails with the added ({@code +}) and removed ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl micrometer -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtollgate.api.update=true}.
 */
class PublicApiTest {

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(TollgateMetrics.class,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-micrometer.api.txt"));
    assertTrue(differences.isEmpty(), () -> "the Micrometer binding's API differs from api/tollgate-micrometer.api.txt"
        + " (+ added, - removed); if intended, rerun with -D" + PublicApi.UPDATE_PROPERTY
        + "=true and commit the file:\n" + String.join("\n", differences));
  }

  @Test
  void exportedTypesWhenNamedThenNoneSharesASimpleNameWithAnotherOrWithCore() {
    Map<String, Set<String>> involvingTheBinding = new TreeMap<>(PublicApi.simpleNameClashes(Session.class,
        TollgateMetrics.class));
    involvingTheBinding.values()
        .removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.micrometer.")));
    assertEquals(Map.of(), involvingTheBinding, "exported types (nested included) sharing a simple name");
  }
}
