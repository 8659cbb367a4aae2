package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.testing.Clocks;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenSpec;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TokenSpecParserTest {

  private static final SigningKey KEY = LocalIssuer.generateKey();
  private static final String ISSUER = "http://127.0.0.1:8787";

  @Test
  void parseWordsWhenEveryParameterThenTokenClaimsThem() {
    Map<String, Object> claims = claims(TokenSpecParser.parseWords(List.of("sub=user_1", "sid=sess_1",
        "azp=https://app.example", "iss=https://clerk.example", "v=2", "lifetime=600", "age=30", "org_id=org_1",
        "org_slug=acme", "role=admin", "permissions=org:billing:manage, org:reports:read", "features=u:dashboard",
        "plans=u:pro,o:business", "actor=user_agent", "fva=5,10", "status=pending")));

    long now = Clocks.NOW.getEpochSecond();
    assertEquals("user_1", claims.get("sub"));
    assertEquals("sess_1", claims.get("sid"));
    assertEquals("https://app.example", claims.get("azp"));
    assertEquals("https://clerk.example", claims.get("iss"));
    assertEquals(2, claims.get("v"));
    assertEquals(now - 30, claims.get("iat"), "iat: age 30 seconds");
    assertEquals(now - 30 + 600, claims.get("exp"), "exp: lifetime 600 seconds");
    assertEquals(Map.of("id", "org_1", "slg", "acme", "rol", "admin", "per", "manage,read", "fpm", "1,2"),
        claims.get("o"));
    assertEquals("u:dashboard,o:billing,o:reports", claims.get("fea"));
    assertEquals("u:pro,o:business", claims.get("pla"));
    assertEquals("user_agent", ((Map<?, ?>) claims.get("act")).get("sub"));
    assertEquals(List.of(5L, 10L), claims.get("fva"));
    assertEquals("pending", claims.get("sts"));
  }

  @Test
  void parseWhenNothingGivenThenTheDemoDefaults() {
    Map<String, Object> claims = claims(TokenSpecParser.parse(Map.of()));

    assertEquals(LocalIssuer.DEFAULT_USER_ID, claims.get("sub"));
    assertEquals(LocalIssuer.DEFAULT_AUTHORIZED_PARTY, claims.get("azp"));
    assertEquals(ISSUER, claims.get("iss"));
    assertEquals(60L, (Long) claims.get("exp") - (Long) claims.get("iat"), "lifetime");
    assertEquals(List.of(0L, -1L), claims.get("fva"));
    assertEquals("active", claims.get("sts"));
    assertFalse(claims.containsKey("o"), "no organization unless asked");
  }

  @Test
  void parseWhenAzpEmptyOrFvaNoneThenClaimsLeftOut() {
    Map<String, Object> claims = claims(TokenSpecParser.parse(Map.of("azp", List.of(""), "fva", List.of("none"))));

    assertFalse(claims.containsKey("azp"), "azp");
    assertFalse(claims.containsKey("fva"), "fva");
  }

  @Test
  void parseWhenRoleBareOrPrefixedThenOnePrefixAndTheDemoOrganization() {
    Map<String, Object> bare = claims(TokenSpecParser.parse(Map.of("role", List.of("admin"))));
    Map<String, Object> doubled = claims(TokenSpecParser.parse(Map.of("role", List.of("org:org:admin"), "v",
        List.of("1"))));

    assertEquals(Map.of("id", LocalIssuer.DEFAULT_ORG_ID, "slg", LocalIssuer.DEFAULT_ORG_SLUG, "rol", "admin"),
        bare.get("o"));
    assertEquals("org:admin", doubled.get("org_role"));
  }

  @Test
  void parseWhenPermissionsWithoutOrganizationThenTheDemoOrganization() {
    Map<String, Object> claims = claims(TokenSpecParser.parse(Map.of("permissions", List.of("org:billing:manage"),
        "v", List.of("1"))));

    assertEquals(LocalIssuer.DEFAULT_ORG_ID, claims.get("org_id"));
    assertEquals(LocalIssuer.DEFAULT_ORG_SLUG, claims.get("org_slug"));
    assertEquals(List.of("org:billing:manage"), claims.get("org_permissions"));
  }

  @Test
  void parseWhenOnlySlugThenNoOrganization() {
    assertFalse(claims(TokenSpecParser.parse(Map.of("org_slug", List.of("acme")))).containsKey("o"));
  }

  @Test
  void parseWhenV1WithFeaturesThenRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> TokenSpecParser.parse(Map.of("v", List.of("1"), "features", List.of("u:dashboard"))));

    assertEquals("features and plans are v2 claims; use v=2", refused.getMessage());
  }

  @Test
  void parseWhenValuesOutOfShapeThenRefusedNamingTheParameter() {
    Map<String, String> bad = Map.of("lifetime", "0", "age", "-1", "v", "3", "permissions", "billing:manage",
        "features", "x:dashboard", "fva", "-2,0", "sub", "user with space", "role", "org:");
    bad.forEach((name, value) -> {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> TokenSpecParser.parse(Map.of(name, List.of(value))), name);
      assertTrue(refused.getMessage().startsWith(name), refused.getMessage());
    });
    assertThrows(IllegalArgumentException.class,
        () -> TokenSpecParser.parse(Map.of("lifetime", List.of("86401"))), "more than a day");
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
      claims(TokenSpecParser.parse(Map.of(name, List.of(value))));
    }
  }

  private static Map<String, Object> claims(UnaryOperator<TokenSpec> parsed) {
    return parsed.apply(LocalIssuer.token(KEY, ISSUER, Clocks.fixed())).claims();
  }
}
