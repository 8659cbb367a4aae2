package dev.tollgate.benchmarks.gateway;

import dev.tollgate.spring.boot.TollgateAutoConfiguration;
import dev.tollgate.spring.boot.TollgateHealthAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway secured by Spring Security's reactive OAuth 2.0 resource server, as its reference documentation
 * configures it: every exchange authenticated, JWTs decoded by the {@code NimbusReactiveJwtDecoder} Spring Boot builds
 * from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. Tollgate's auto-configuration, on the same class
 * path, is excluded.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {TollgateAutoConfiguration.class, TollgateHealthAutoConfiguration.class})
public class ResourceServerGatewayApp {

  /** Created by Spring. */
  public ResourceServerGatewayApp() {}

  /**
   * @param http Spring Security's reactive builder
   * @return the chain: every exchange needs a valid bearer JWT
   */
  @Bean
  SecurityWebFilterChain resourceServer(ServerHttpSecurity http) {
    return http.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .build();
  }
}
