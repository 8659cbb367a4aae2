package dev.tollgate.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.micrometer.TollgateMetrics;
import dev.tollgate.spring.testing.Http;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the shared {@link dev.tollgate.spring.testing.ScenarioApp} (embedded Tomcat, Actuator, a Prometheus registry):
 * the verifier's meters count the requests and Actuator shows them under their documented names and tags. The
 * conditions on a bare context.
 */
class TollgateMetricsAutoConfigurationTest extends ScenarioTest {

  private static final Pattern SAMPLE = Pattern.compile("^(tollgate_[a-z_]+)(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);

  private static final String VALID = TestTokens.token().build();
  private static final String EXPIRED = TestTokens.token().issuedAt(TestTokens.NOW.minus(Duration.ofMinutes(10)))
      .build();

  @Autowired
  private SessionVerifier verifier;

  private final ApplicationContextRunner bare = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class,
          TollgateMetricsAutoConfiguration.class))
      .withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"))
      .withBean(SessionVerifierCustomizer.class,
          () -> builder -> builder.clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)));

  /** With Spring Boot's metrics auto-configuration: a {@link SimpleMeterRegistry} that Boot binds binders to. */
  private final ApplicationContextRunner metered = bare.withConfiguration(AutoConfigurations.of(
      MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
      SimpleMetricsExportAutoConfiguration.class));

  @Test
  void prometheusWhenRequestsServedThenVerificationsCountedWithDocumentedNamesAndTags() {
    Map<String, String> before = scrape();
    assertEquals(200, http().get("/me", "Authorization", Http.bearer(VALID)).statusCode(), "valid token");
    assertEquals(401, http().get("/me", "Authorization", Http.bearer(EXPIRED)).statusCode(), "expired token");
    assertEquals(401, http().get("/me").statusCode(), "no token");
    Map<String, String> after = scrape();

    // The valid request and the second scrape were accepted; a request without a token verifies nothing.
    assertEquals(2.0, delta(before, after, "tollgate_verifications_total", "outcome=\"accepted\""), "accepted");
    assertEquals(1.0, delta(before, after, "tollgate_verifications_total",
        "outcome=\"rejected\",reason=\"token-expired\""), "rejected as expired");
    assertEquals(3.0, delta(before, after, "tollgate_verifications_total", ""), "all verifications");
    assertEquals(1.0, delta(before, after, "tollgate_verification_duration_seconds_count",
        "outcome=\"rejected\""), "timed rejections");
    assertEquals("1.0", after.get("tollgate_keys_state{state=\"healthy\"}"), "state healthy");
    assertEquals("0.0", after.get("tollgate_keys_state{state=\"degraded\"}"), "state degraded");
    assertEquals("0.0", after.get("tollgate_keys_state{state=\"unavailable\"}"), "state unavailable");
    assertEquals(String.valueOf((double) verifier.health().keyIds().size()), after.get("tollgate_keys_count_keys"),
        "keys of the verifier's key set");
    for (String gauge : List.of("tollgate_keys_age_seconds", "tollgate_keys_staleness_seconds",
        "tollgate_keys_until_unavailable_seconds")) {
      assertEquals("NaN", after.get(gauge), gauge + " (no key set to age: a networkless key)");
    }
  }

  @Test
  void metricsEndpointWhenVerificationsCountedThenDocumentedTags() {
    http().get("/me", "Authorization", Http.bearer(EXPIRED));

    JsonNode all = metric("");
    JsonNode expired = metric("?tag=outcome:rejected&tag=reason:token-expired");

    List<String> tags = new ArrayList<>();
    all.get("availableTags").forEach(tag -> tags.add(tag.get("tag").asString()));
    assertEquals(List.of("cache", "outcome", "reason"), tags.stream().sorted().toList(), "tags");
    assertEquals("COUNT", expired.get("measurements").get(0).get("statistic").asString(), "statistic");
    assertTrue(expired.get("measurements").get(0).get("value").asDouble() >= 1, () -> "expired count " + expired);
  }

  @Test
  void contextWhenMeterRegistryThenVerifierReportsIntoIt() {
    metered.run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      context.getBean(SessionVerifier.class).verify(VALID);

      assertEquals(1.0, registry.get(TollgateMetrics.VERIFICATIONS).tags("outcome", "accepted", "cache", "miss")
          .counter().count(), "accepted");
    });
  }

  @Test
  void contextWhenMetricsDisabledThenNoMetersAndNoListeners() {
    metered.withPropertyValues("tollgate.metrics.enabled=false")
        .run(context -> {
          assertTrue(context.containsBean("tollgateSessionVerifier"), "verifier");
          assertFalse(context.containsBean("tollgateMetrics"), "metrics bean");
          assertFalse(context.containsBean("tollgateMeterBinder"), "binder bean");
          context.getBean(SessionVerifier.class).verify(VALID);
          assertNull(context.getBean(MeterRegistry.class).find(TollgateMetrics.VERIFICATIONS).meter(), "meter");
        });
  }

  @Test
  void contextWhenNoMeterRegistryThenNoMetrics() {
    bare.run(context -> {
      assertTrue(context.containsBean("tollgateSessionVerifier"), "verifier");
      assertFalse(context.containsBean("tollgateMetrics"), "metrics bean");
    });
  }

  @Test
  void contextWhenTollgateMicrometerAbsentThenNoMetrics() {
    metered.withClassLoader(new FilteredClassLoader(TollgateMetrics.class)).run(context -> {
      assertTrue(context.containsBean("tollgateSessionVerifier"), "verifier");
      assertFalse(context.containsBean("tollgateMetricsListeners"), "listeners customizer");
    });
  }

  @Test
  void contextWhenApplicationDefinesMetricsThenItsTagsOnTheMeters() {
    metered.withBean(TollgateMetrics.class, () -> TollgateMetrics.create(Tags.of("instance", "shop")))
        .run(context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          context.getBean(SessionVerifier.class).verify(VALID);

          assertEquals(1.0, registry.get(TollgateMetrics.VERIFICATIONS)
              .tags("instance", "shop", "outcome", "accepted", "cache", "miss").counter().count(), "accepted");
        });
  }

  /** @return every {@code tollgate_*} sample of the scrape, series (name and labels) to value */
  private Map<String, String> scrape() {
    HttpResponse<String> response = http().get("/actuator/prometheus", "Authorization", Http.bearer(VALID));
    assertEquals(200, response.statusCode(), () -> "scrape: " + response.body());
    Map<String, String> samples = new TreeMap<>();
    Matcher sample = SAMPLE.matcher(response.body());
    while (sample.find()) {
      samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), sample.group(3));
    }
    return samples;
  }

  /** The change of the sum of the {@code name} series whose labels contain {@code labels}. */
  private static double delta(Map<String, String> before, Map<String, String> after, String name, String labels) {
    return sum(after, name, labels) - sum(before, name, labels);
  }

  private static double sum(Map<String, String> samples, String name, String labels) {
    return samples.entrySet().stream()
        .filter(sample -> sample.getKey().equals(name) || sample.getKey().startsWith(name + "{"))
        .filter(sample -> sample.getKey().contains(labels))
        .mapToDouble(sample -> Double.parseDouble(sample.getValue())).sum();
  }

  private JsonNode metric(String query) {
    HttpResponse<String> response = http().get("/actuator/metrics/" + TollgateMetrics.VERIFICATIONS + query,
        "Authorization", Http.bearer(VALID));
    assertEquals(200, response.statusCode(), () -> "metrics endpoint: " + response.body());
    return JsonMapper.builder().build().readTree(response.body());
  }
}
