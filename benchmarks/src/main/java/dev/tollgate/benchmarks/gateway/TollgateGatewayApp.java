package dev.tollgate.benchmarks.gateway;

import dev.tollgate.spring.boot.TollgateReactiveSecurityAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;

/**
 * The gateway secured by Tollgate's gateway filter on its route, with no code of its own. Spring Security's reactive
 * auto-configuration, on the same class path for the other leg, is excluded: it would put its own chain (HTTP Basic
 * with a generated user) in front of every route; so is the starter's reactive security, which would verify every
 * token a second time in a chain of its own (a gateway without Spring Security has neither).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {ReactiveWebSecurityAutoConfiguration.class,
    ReactiveUserDetailsServiceAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class,
    TollgateReactiveSecurityAutoConfiguration.class})
public class TollgateGatewayApp {

  /** Created by Spring. */
  public TollgateGatewayApp() {}
}
