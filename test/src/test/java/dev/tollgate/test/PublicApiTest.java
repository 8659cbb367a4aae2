package dev.tollgate.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.testing.PublicApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The kit's public API, both modules, recorded in {@code test/api/tollgate-test.api.txt} and
 * {@code test-tokens/api/tollgate-test-tokens.api.txt} (checked here: the token module cannot use core's fixtures,
 * core's tests use it). After an intended change: {@code mvn -o -B test -pl test -am -Dtest=PublicApiTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtollgate.api.update=true}, and review the files' diff.
 */
class PublicApiTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).getParent();

  @ParameterizedTest
  @CsvSource({"test, tollgate-test", "test-tokens, tollgate-test-tokens"})
  void publicApiWhenComparedWithTheRecordedListThenSame(String module, String artifact) throws Exception {
    Class<?> anchor = module.equals("test") ? TestIssuer.class : TokenSpec.class;
    Path recorded = ROOT.resolve(module).resolve("api").resolve(artifact + ".api.txt");
    List<String> differences = PublicApi.check(anchor, recorded);
    assertTrue(differences.isEmpty(), () -> module + "'s API differs from " + recorded + " (+ added, - removed);"
        + " if intended, rerun with -D" + PublicApi.UPDATE_PROPERTY + "=true and commit the file:\n"
        + String.join("\n", differences));
  }

  @Test
  void exportedTypesWhenNamedThenNoneOfTheKitsSharesASimpleNameWithAnotherOrWithCore() {
    Map<String, Set<String>> involvingTheKit = new TreeMap<>(PublicApi.simpleNameClashes(Session.class,
        TestIssuer.class, TokenSpec.class));
    involvingTheKit.values().removeIf(names -> names.stream().noneMatch(name -> name.startsWith("dev.tollgate.test")));
    assertEquals(Map.of(), involvingTheKit, "exported types (nested included) sharing a simple name");
  }
}
