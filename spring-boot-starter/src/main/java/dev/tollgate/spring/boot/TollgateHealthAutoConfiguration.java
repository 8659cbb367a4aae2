package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@link KeySourceHealthIndicator} of the verifier, when Spring Boot's health support is present and
 * {@code management.health.tollgate.enabled} is not {@code false}; replace it with a bean named
 * {@code tollgateKeysHealthIndicator}. It joins Actuator's readiness group unless {@code tollgate.health.readiness}
 * is {@code false}. A separate auto-configuration, since the readiness group must exist before it is extended.
 */
@AutoConfiguration(after = TollgateAutoConfiguration.class, afterName =
    "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(SessionVerifier.class)
@ConditionalOnEnabledHealthIndicator("tollgate")
public class TollgateHealthAutoConfiguration {

  /** Created by Spring. */
  public TollgateHealthAutoConfiguration() {}

  /**
   * The indicator.
   *
   * @param verifier the verifier
   * @return the indicator, named {@value KeySourceHealthIndicator#NAME} in the health endpoint
   */
  @Bean
  @ConditionalOnMissingBean(name = "tollgateKeysHealthIndicator")
  public KeySourceHealthIndicator tollgateKeysHealthIndicator(SessionVerifier verifier) {
    return new KeySourceHealthIndicator(verifier);
  }

  /**
   * Adds the indicator to the readiness group.
   *
   * @return the groups post-processor
   */
  @Bean
  @ConditionalOnClass(HealthEndpointGroupsPostProcessor.class)
  @ConditionalOnProperty(prefix = "tollgate.health", name = "readiness", matchIfMissing = true)
  public static HealthEndpointGroupsPostProcessor tollgateReadinessMembership() {
    return new ReadinessMembership();
  }
}
