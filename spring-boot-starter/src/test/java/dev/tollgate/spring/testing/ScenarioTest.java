package dev.tollgate.spring.testing;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the tests that share one {@link ScenarioApp} on embedded Tomcat ({@link RunningScenario}'s keys),
 * {@code /public/**} public, Actuator's metrics and Prometheus endpoints exposed (signed-in requests only), and no
 * security filter chain of the application's own. Every subclass uses this one context.
 */
@SpringBootTest(classes = ScenarioApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"tollgate.public-paths=/public/**", "management.endpoints.web.exposure.include=metrics,prometheus"})
public abstract class ScenarioTest extends RunningScenario {}
