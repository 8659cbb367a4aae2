package dev.tollgate.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.SessionVerifier;
import dev.tollgate.servlet.TollgateFilter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The defaults of the properties are core's and the servlet filter's, and the IDE metadata that
 * {@code spring-boot-configuration-processor} generates lists every property with a description and its default.
 */
class TollgatePropertiesTest {

  @Test
  void defaultsWhenNewThenThoseOfTheVerifierAndTheFilter() {
    TollgateProperties defaults = new TollgateProperties();

    assertEquals(List.of(SessionVerifier.DEFAULT_CLOCK_SKEW, SessionVerifier.DEFAULT_STALE_KEYS_MAX_AGE,
            SessionVerifier.DEFAULT_VERIFIED_TOKEN_CACHE_SIZE, SessionVerifier.DEFAULT_KEY_FETCH_TIMEOUT,
            SessionVerifier.DEFAULT_ACCEPT_PENDING, TollgateFilter.DEFAULT_REALM, List.of(), false, true, true),
        List.of(defaults.getClockSkew(), defaults.getStaleKeysMaxAge(), defaults.getVerifiedTokenCacheSize(),
            defaults.getKeyFetchTimeout(), defaults.isAcceptPending(), defaults.getRealm(), defaults.getPublicPaths(),
            defaults.getKeys().isWaitAtStartup(), defaults.getHealth().isReadiness(),
            defaults.getMetrics().isEnabled()),
        "clock skew, stale keys, cache size, fetch timeout, accept pending, realm, public paths, wait, readiness,"
            + " metrics");
  }

  @Test
  void metadataWhenGeneratedThenEveryPropertyWithDescriptionAndDefault() throws IOException {
    Map<String, String> defaults = new TreeMap<>();
    try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      for (JsonNode property : JsonMapper.builder().build().readTree(json).get("properties")) {
        String name = property.get("name").asString();
        assertEquals(true, property.path("description").asString("").length() > 20, name + " has a description");
        defaults.put(name, property.path("defaultValue").asString("-"));
      }
    }

    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("clerk.api-url", "-"), Map.entry("clerk.authorized-parties", "-"), Map.entry("clerk.jwks-url", "-"),
        Map.entry("clerk.jwt-key", "-"), Map.entry("clerk.publishable-key", "-"), Map.entry("clerk.secret-key", "-"),
        Map.entry("tollgate.accept-pending", "false"), Map.entry("tollgate.clock-skew", "5s"),
        Map.entry("tollgate.health.readiness", "true"), Map.entry("tollgate.key-fetch-timeout", "5s"),
        Map.entry("tollgate.keys.wait-at-startup", "false"), Map.entry("tollgate.metrics.enabled", "true"),
        Map.entry("tollgate.public-paths", "-"),
        Map.entry("tollgate.realm", "tollgate"), Map.entry("tollgate.stale-keys-max-age", "1h"),
        Map.entry("tollgate.verified-token-cache-size", "10000"))), defaults, "properties and their defaults");
  }
}
