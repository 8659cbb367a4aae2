package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The IDE metadata lists every gateway property with a description and its default. */
class TollgateGatewayPropertiesTest {

  @Test
  void metadataWhenGeneratedThenEveryGatewayPropertyWithDescriptionAndDefault() throws IOException {
    Map<String, String> defaults = new TreeMap<>();
    try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      for (JsonNode property : JsonMapper.builder().build().readTree(json).get("properties")) {
        String name = property.get("name").asString();
        if (name.startsWith(TollgateGatewayProperties.PREFIX + ".")) {
          assertEquals(true, property.path("description").asString("").length() > 20, name + " has a description");
          defaults.put(name, property.path("defaultValue").asString("-"));
        }
      }
    }

    assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("tollgate.gateway.forward-claims", "false"),
        Map.entry("tollgate.gateway.global", "false"), Map.entry("tollgate.gateway.public-paths", "-"),
        Map.entry("tollgate.gateway.headers.prefix", "X-Clerk-"),
        Map.entry("tollgate.gateway.headers.user-id", "X-Clerk-User-Id"),
        Map.entry("tollgate.gateway.headers.session-id", "X-Clerk-Session-Id"),
        Map.entry("tollgate.gateway.headers.org-id", "X-Clerk-Org-Id"),
        Map.entry("tollgate.gateway.headers.org-slug", "X-Clerk-Org-Slug"),
        Map.entry("tollgate.gateway.headers.org-role", "X-Clerk-Org-Role"),
        Map.entry("tollgate.gateway.headers.actor", "X-Clerk-Actor"),
        Map.entry("tollgate.gateway.headers.claims", "X-Clerk-Claims"))), defaults, "properties and their defaults");
  }
}
