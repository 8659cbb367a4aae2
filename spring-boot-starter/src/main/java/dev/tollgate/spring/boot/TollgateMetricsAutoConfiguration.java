package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifier;
import dev.tollgate.micrometer.TollgateMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The verifier's Micrometer meters ({@link TollgateMetrics}), when Micrometer and {@code tollgate-micrometer} are on
 * the class path, the application has a {@link MeterRegistry} (Actuator's) and {@code tollgate.metrics.enabled} is
 * not {@code false}. Actuator then shows them at {@code /actuator/metrics/tollgate.verifications} and so on, and at
 * {@code /actuator/prometheus} with a Prometheus registry. Beans, each replaceable:
 * <ul>
 *   <li>{@link TollgateMetrics} (by type; one of your own can carry tags, {@code TollgateMetrics.create(tags)});</li>
 *   <li>{@link SessionVerifierCustomizer} {@code tollgateMetricsListeners}, which gives the metrics' verification
 *       and key-source listeners to the auto-configured verifier's builder, so a customizer of the application
 *       must not set either listener while this one is there;</li>
 *   <li>{@link MeterBinder} {@code tollgateMeterBinder}, which Spring Boot binds to the registries.</li>
 * </ul>
 * An application that defines its own {@link SessionVerifier} still gets its key-source gauges; its verification
 * and key-fetch meters count only if it builds the verifier with the {@link TollgateMetrics} bean's listeners.
 * Spring Boot binds meter binders once every singleton is created, after the verifier has started its first key
 * fetch: that startup fetch is usually not counted in {@value TollgateMetrics#KEY_FETCHES} (the gauges show its
 * result); every later one is.
 */
@AutoConfiguration(after = TollgateAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, TollgateMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = TollgateProperties.PREFIX + ".metrics", name = "enabled", matchIfMissing = true)
public class TollgateMetricsAutoConfiguration {

  /** Created by Spring. */
  public TollgateMetricsAutoConfiguration() {}

  /**
   * The verifier's meters, unbound until Spring Boot binds {@link #tollgateMeterBinder}.
   *
   * @return meters without tags of their own
   */
  @Bean
  @ConditionalOnMissingBean
  public TollgateMetrics tollgateMetrics() {
    return TollgateMetrics.create();
  }

  /**
   * Registers the metrics' listeners on the auto-configured verifier.
   *
   * @param metrics the meters
   * @return a customizer setting the verification listener and the key source listener
   */
  @Bean
  @ConditionalOnMissingBean(name = "tollgateMetricsListeners")
  public SessionVerifierCustomizer tollgateMetricsListeners(TollgateMetrics metrics) {
    return builder -> builder.verificationListener(metrics.verificationListener())
        .keySourceListener(metrics.keySourceListener());
  }

  /**
   * Binds the meters of the verifier to the application's registries.
   *
   * @param metrics the meters
   * @param verifier the verifier, whose health the gauges read
   * @return the binder
   */
  @Bean
  @ConditionalOnBean(SessionVerifier.class)
  @ConditionalOnMissingBean(name = "tollgateMeterBinder")
  public MeterBinder tollgateMeterBinder(TollgateMetrics metrics, SessionVerifier verifier) {
    return metrics.binder(verifier);
  }
}
