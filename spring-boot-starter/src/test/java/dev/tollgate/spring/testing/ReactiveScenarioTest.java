package dev.tollgate.spring.testing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the tests that share one {@link ReactiveScenarioApp} on Netty, under BlockHound ({@link BlockingCalls}):
 * {@link RunningScenario}'s keys, {@code /public/**} and Actuator's health public, and no security chain of the
 * application's own. Every subclass uses this one context.
 */
@ExtendWith(BlockingCalls.class)
@SpringBootTest(classes = ReactiveScenarioApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "tollgate.public-paths=/public/**,/actuator/health/**",
        "management.endpoint.health.show-details=always"})
public abstract class ReactiveScenarioTest extends RunningScenario {}
