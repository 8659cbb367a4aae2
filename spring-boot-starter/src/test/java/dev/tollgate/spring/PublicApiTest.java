package dev.tollgate.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.backend.BackendApi;
import dev.tollgate.servlet.TollgateFilter;
import dev.tollgate.spring.boot.TollgateAutoConfiguration;
import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The starter's public API (every public and protected type and member of {@code dev.tollgate.spring.boot},
 * {@code dev.tollgate.spring.reactive}, {@code dev.tollgate.spring.security} and
 * {@code dev.tollgate.spring.security.reactive}; the starter has no module
 * descriptor, since Spring applications run on the class path) is recorded in
 * {@code spring-boot-starter/api/tollgate-spring-boot-starter.api.txt}; this test fails with the added ({@code +})
 * and removed ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl spring-boot-starter -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtollgate.api.update=true}.
 */
class PublicApiTest {

  private static final Set<String> PACKAGES = Set.of("dev.tollgate.spring.boot", "dev.tollgate.spring.reactive",
      "dev.tollgate.spring.security", "dev.tollgate.spring.security.reactive");

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(TollgateAutoConfiguration.class, PACKAGES,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-spring-boot-starter.api.txt"));
    assertTrue(differences.isEmpty(), () -> "the starter's API differs from api/tollgate-spring-boot-starter.api.txt"
        + " (+ added, - removed); if intended, rerun with -D" + PublicApi.UPDATE_PROPERTY
        + "=true and commit the file:\n" + String.join("\n", differences));
  }

  @Test
  void publicTypesWhenNamedThenNoneSharesASimpleNameWithAnotherOrWithTheOtherModules() {
    List<Class<?>> types = new ArrayList<>(PublicApi.types(TollgateAutoConfiguration.class, PACKAGES));
    types.addAll(PublicApi.exportedTypes(Session.class));
    types.addAll(PublicApi.exportedTypes(TollgateFilter.class));
    types.addAll(PublicApi.exportedTypes(BackendApi.class));
    Map<String, Set<String>> involvingTheStarter = new TreeMap<>(PublicApi.simpleNameClashes(types));
    involvingTheStarter.values()
        .removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.spring.")));
    assertEquals(Map.of(), involvingTheStarter, "public types (nested included) sharing a simple name");
  }
}
