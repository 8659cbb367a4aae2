package dev.tollgate.benchmarks.gateway;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;

/**
 * The gateway secured by Tollgate's gateway filter on its route, with no code of its own. Spring Security's reactive
 * auto-configuration, on the same class path for the other leg, is excluded: it would put its own chain (HTTP Basic
 * with a generated user) in front of every route.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {ReactiveWebSecurityAutoConfiguration.class,
    ReactiveUserDetailsServiceAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class})
public class TollgateGatewayApp {

  /** Created by Spring. */
  public TollgateGatewayApp() {}
}
