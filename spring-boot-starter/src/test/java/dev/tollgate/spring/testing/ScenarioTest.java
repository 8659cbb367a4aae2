package dev.tollgate.spring.testing;

import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that share one {@link ScenarioApp} on embedded Tomcat: the networkless PEM key of
 * {@link TestKeys#PRIMARY}, the test publishable key (issuer pin, suffixed cookie), {@code /public/**} public,
 * Actuator's metrics and Prometheus endpoints exposed (signed-in requests only), and no security filter chain of
 * the application's own. Every subclass uses this one context.
 */
@SpringBootTest(classes = ScenarioApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"tollgate.public-paths=/public/**", "management.endpoints.web.exposure.include=metrics,prometheus"})
public abstract class ScenarioTest {

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void clerk(DynamicPropertyRegistry registry) {
    registry.add("clerk.jwt-key", TestKeys::primaryPem);
    registry.add("clerk.publishable-key", () -> TestTokens.PUBLISHABLE_KEY);
  }

  public Http http() {
    return new Http(port);
  }
}
