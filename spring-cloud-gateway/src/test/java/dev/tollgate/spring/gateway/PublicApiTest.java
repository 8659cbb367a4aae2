package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The module's public API (every public and protected type and member of {@code dev.tollgate.spring.gateway}; the
 * module has no module descriptor, like the starter) is recorded in
 * {@code spring-cloud-gateway/api/tollgate-spring-cloud-gateway.api.txt}; this test fails with the added ({@code +})
 * and removed ({@code -}) lines when the code and the file differ.
 *
 * <p>After an intended API change, rewrite the file and review its diff with the change:
 * {@code mvn -o -B test -pl spring-cloud-gateway -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtollgate.api.update=true}.
 */
class PublicApiTest {

  private static final Set<String> PACKAGES = Set.of("dev.tollgate.spring.gateway");

  @Test
  void publicApiWhenComparedWithTheRecordedListThenSame() {
    List<String> differences = PublicApi.check(TollgateGatewayFilterFactory.class, PACKAGES,
        Path.of(System.getProperty("basedir", "."), "api", "tollgate-spring-cloud-gateway.api.txt"));
    assertTrue(differences.isEmpty(), () -> "the gateway module's API differs from"
        + " api/tollgate-spring-cloud-gateway.api.txt (+ added, - removed); if intended, rerun with -D"
        + PublicApi.UPDATE_PROPERTY + "=true and commit the file:\n" + String.join("\n", differences));
  }

  @Test
  void publicTypesWhenNamedThenNoneSharesASimpleNameWithAnotherOrWithCoresExportedTypes() {
    List<Class<?>> types = new ArrayList<>(PublicApi.types(TollgateGatewayFilterFactory.class, PACKAGES));
    types.addAll(PublicApi.exportedTypes(Session.class));
    Map<String, Set<String>> involvingTheGateway = new TreeMap<>(PublicApi.simpleNameClashes(types));
    involvingTheGateway.values()
        .removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.spring.gateway.")));
    assertEquals(Map.of(), involvingTheGateway, "public types (nested included) sharing a simple name");
  }
}
