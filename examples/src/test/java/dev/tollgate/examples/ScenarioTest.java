package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.Clocks;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final SigningKey KEY = LocalIssuer.generateKey();

  @Test
  void tamperWhenAppliedThenOnlyOneSignatureCharacterChanges() {
    String token = token().sign();
    String tampered = Scenario.tamper(token);

    int signatureStart = token.lastIndexOf('.') + 1;
    assertEquals(token.substring(0, signatureStart), tampered.substring(0, signatureStart));
    assertNotEquals(token, tampered);
    int differences = 0;
    for (int i = 0; i < token.length(); i++) {
      differences += token.charAt(i) == tampered.charAt(i) ? 0 : 1;
    }
    assertEquals(1, differences);
  }

  @Test
  void mintWhenDefaultsAndOwnParametersThenOwnOnesWin() {
    Scenario scenario = new Scenario("t", Scenario.Target.APP, "/", Map.of("lifetime", "60", "sub", "user_s"), false,
        Map.of(), Expectation.status(200), "200");

    String token = scenario.mint(token(), Map.of("lifetime", "3600", "role", "admin")).orElseThrow();
    Map<String, Object> claims = Json.parseObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
        StandardCharsets.UTF_8));

    assertEquals("user_s", claims.get("sub"));
    assertEquals(60L, (Long) claims.get("exp") - (Long) claims.get("iat"));
    assertEquals("admin", ((Map<?, ?>) claims.get("o")).get("rol"));
  }

  @Test
  void mintWhenNoTokenThenEmpty() {
    Scenario scenario = new Scenario("t", Scenario.Target.APP, "/", null, false, Map.of(), Expectation.status(401),
        "401");

    assertEquals(Optional.empty(), scenario.mint(token(), Map.of()));
  }

  @Test
  void allWhenListedThenTitlesUniqueAndEveryEndpointCovered() {
    Set<String> titles = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (Scenario scenario : Scenarios.all()) {
      assertTrue(titles.add(scenario.title()), scenario.title());
      targets.add(scenario.target() + " " + scenario.path());
      scenario.mint(token(), Map.of());
    }
    assertTrue(targets.containsAll(Set.of("APP /api/me", "APP /api/org/admin", "APP /api/billing",
        "APP /api/sensitive", "GATEWAY /api/me")), targets.toString());
  }

  private static TokenSpec token() {
    return LocalIssuer.token(KEY, "http://127.0.0.1", Clocks.fixed());
  }
}
