package dev.tollgate.spring.testing;

import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that share one {@link ReactiveScenarioApp} on Netty, under BlockHound: the networkless PEM key
 * of {@link TestKeys#PRIMARY}, the test publishable key, {@code /public/**} and Actuator's health public, and no
 * security chain of the application's own. Every subclass uses this one context.
 */
@ExtendWith(BlockingCalls.class)
@SpringBootTest(classes = ReactiveScenarioApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "tollgate.public-paths=/public/**,/actuator/health/**",
        "management.endpoint.health.show-details=always"})
public abstract class ReactiveScenarioTest {

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
