package dev.tollgate.spring.boot;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.spring.testing.Http;
import dev.tollgate.spring.testing.ScenarioApp;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The key source's health through Actuator's readiness endpoint, with a real JWKS endpoint on loopback that is down
 * when the application starts, comes up and fails again; time moves by the verifier's clock only. The
 * verifier refreshes a key set past its stale bound in the background, on real time, so the test ends there. The
 * readiness group is Spring Boot's default probe group (its status only: it shows no components), so its status
 * shows that the indicator is a member; the indicator's details come from its own health path.
 */
@SpringBootTest(classes = KeySourceHealthIndicatorTest.KeysApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tollgate.public-paths=/actuator/health/**",
        "management.endpoint.health.show-details=always"})
class KeySourceHealthIndicatorTest {

  private static final JwksServer JWKS = new JwksServer();
  private static final MutableClock CLOCK = new MutableClock(TestTokens.NOW);

  static {
    JWKS.serve(503, "down for maintenance");
  }

  @LocalServerPort
  int port;

  /** The indicator's last answer, with its details. */
  private String lastKeys = "";

  @DynamicPropertySource
  static void clerk(DynamicPropertyRegistry registry) {
    registry.add("clerk.jwks-url", () -> JWKS.url().toString());
  }

  @AfterAll
  static void stopJwks() {
    JWKS.close();
  }

  @Test
  void readinessWhenKeyEndpointDownThenUpThenFailingThenDownUpStaleDown() {
    Http http = new Http(port);

    HttpResponse<String> startedDown = http.get("/actuator/health/readiness");
    HttpResponse<String> firstRequest = http.get("/me", "Authorization", bearer(token()));
    assertEquals(503, startedDown.statusCode(), "readiness after starting with the key endpoint down");
    assertComponent(startedDown, "DOWN");
    assertEquals(503, firstRequest.statusCode(), "first request while the key endpoint is down");
    assertTrue(firstRequest.headers().firstValue("Retry-After").isPresent(), "Retry-After");
    assertTrue(firstRequest.body().contains("\"reason\":\"keys-unavailable\""), firstRequest::body);

    JWKS.serve(TestJwks.primary());
    CLOCK.advance(Duration.ofMinutes(2));
    HttpResponse<String> up = http.get("/me", "Authorization", bearer(token()));
    HttpResponse<String> ready = http.get("/actuator/health/readiness");
    assertEquals(200, up.statusCode(), up::body);
    assertEquals(200, ready.statusCode(), ready::body);
    assertComponent(ready, "UP");
    assertTrue(lastKeys.contains("\"stale\":false"), lastKeys);
    assertTrue(lastKeys.contains("\"keyIds\":[\"" + TestTokens.KID + "\"]"), lastKeys);

    JWKS.serve(500, "broken");
    CLOCK.advance(Duration.ofMinutes(10));
    HttpResponse<String> servedStale = http.get("/me", "Authorization", bearer(token()));
    HttpResponse<String> degraded = http.get("/actuator/health/readiness");
    assertEquals(200, servedStale.statusCode(), "a request while stale keys are served");
    assertEquals(200, degraded.statusCode(), "readiness while stale keys are served");
    assertComponent(degraded, "UP");
    assertTrue(lastKeys.contains("\"stale\":true"), lastKeys);

    CLOCK.advance(Duration.ofHours(2));
    HttpResponse<String> gone = http.get("/actuator/health/readiness");
    assertEquals(503, gone.statusCode(), "readiness past the stale bound");
    assertComponent(gone, "DOWN");
    assertEquals(503, http.get("/me", "Authorization", bearer(token())).statusCode(), "request past the stale bound");

  }

  private static String token() {
    return TestTokens.token().issuedAt(CLOCK.instant()).build();
  }

  private void assertComponent(HttpResponse<String> readiness, String status) {
    assertTrue(readiness.body().contains("\"status\":\"" + status + "\""), () -> "readiness " + readiness.body());
    HttpResponse<String> keys = new Http(port).get("/actuator/health/" + KeySourceHealthIndicator.NAME);
    assertTrue(keys.body().contains("\"status\":\"" + status + "\""),
        () -> KeySourceHealthIndicator.NAME + " " + status + ": " + keys.body());
    lastKeys = keys.body();
  }

  /** The scenario endpoints, keys from the JWKS endpoint, and the test's clock. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(ScenarioApp.Endpoints.class)
  static class KeysApp {

    @Bean
    TomcatServletWebServerFactory tomcat() {
      return new TomcatServletWebServerFactory();
    }

    @Bean
    SessionVerifierCustomizer testClock() {
      return builder -> builder.clock(CLOCK);
    }

    @Bean
    ScenarioApp.ReportService reports() {
      return new ScenarioApp.ReportService();
    }
  }
}
