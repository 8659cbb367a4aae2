package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenSpecParserTest {

  @Test
  void parseWordsWhenEveryParameterThenSpecHasThem() {
    TokenSpec spec = TokenSpecParser.parseWords(List.of("sub=user_1", "sid=sess_1", "azp=https://app.example",
        "iss=https://clerk.example", "v=2", "lifetime=600", "age=30", "org_id=org_1", "org_slug=acme", "role=admin",
        "permissions=org:billing:manage, org:reports:read", "features=u:dashboard", "plans=u:pro,o:business",
        "actor=user_agent", "fva=5,10", "status=pending"));

    assertEquals("user_1", spec.subject());
    assertEquals(Optional.of("sess_1"), spec.sessionId());
    assertEquals(Optional.of("https://app.example"), spec.authorizedParty());
    assertEquals(Optional.of("https://clerk.example"), spec.issuer());
    assertEquals(Duration.ofSeconds(600), spec.lifetime());
    assertEquals(Duration.ofSeconds(30), spec.age());
    assertEquals(Optional.of("org_1"), spec.orgId());
    assertEquals("acme", spec.orgSlug());
    assertEquals(Optional.of("org:admin"), spec.orgRole());
    assertEquals(List.of("org:billing:manage", "org:reports:read"), spec.permissions());
    assertEquals(List.of("u:dashboard"), spec.features());
    assertEquals(List.of("u:pro", "o:business"), spec.plans());
    assertEquals(Optional.of("user_agent"), spec.actor());
    assertEquals(Optional.of(List.of(5L, 10L)), spec.factorAges());
    assertEquals(SessionStatus.PENDING, spec.status());
  }

  @Test
  void parseWhenAzpEmptyOrFvaNoneThenClaimsLeftOut() {
    TokenSpec spec = TokenSpecParser.parse(Map.of("azp", List.of(""), "fva", List.of("none")));

    assertFalse(spec.authorizedParty().isPresent());
    assertFalse(spec.factorAges().isPresent());
  }

  @Test
  void parseWhenUnknownParameterThenMessageListsKnownOnes() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> TokenSpecParser.parse(Map.of("rol", List.of("admin"))));

    assertTrue(unknown.getMessage().contains("role"), unknown.getMessage());
  }

  @Test
  void parseWhenRepeatedParameterThenRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> TokenSpecParser.parse(Map.of("role", List.of("admin", "member"))));
  }

  @Test
  void parseWhenBadValueThenMessageNamesParameterNotValue() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> TokenSpecParser.parse(Map.of("lifetime", List.of("soon<script>"))));

    assertTrue(bad.getMessage().startsWith("lifetime"), bad.getMessage());
    assertFalse(bad.getMessage().contains("<script>"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TokenSpecParser.parse(Map.of("fva", List.of("1"))));
    assertThrows(IllegalArgumentException.class, () -> TokenSpecParser.parse(Map.of("status", List.of("revoked"))));
  }

  @Test
  void parseWordsWhenWordWithoutEqualsThenRefused() {
    assertThrows(IllegalArgumentException.class, () -> TokenSpecParser.parseWords(List.of("admin")));
  }

  @Test
  void parametersWhenDocumentedThenEveryParserNameListed() {
    for (String name : TokenSpecParser.PARAMETERS.keySet()) {
      String value = name.equals("v") ? "2" : name.equals("lifetime") || name.equals("age") ? "1"
          : name.equals("fva") ? "0,0" : name.equals("status") ? "active"
          : name.equals("permissions") ? "org:a:b" : name.equals("features") || name.equals("plans") ? "u:x" : "x_1";
      TokenSpecParser.parse(Map.of(name, List.of(value)));
    }
  }
}
