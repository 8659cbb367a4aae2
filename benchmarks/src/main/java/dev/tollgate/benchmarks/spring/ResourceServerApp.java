package dev.tollgate.benchmarks.spring;

import dev.tollgate.spring.boot.TollgateAutoConfiguration;
import dev.tollgate.spring.boot.TollgateHealthAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application secured by Spring Security's OAuth 2.0 resource server, as its reference documentation
 * configures it: every request authenticated, JWTs decoded by the {@code JwtDecoder} Spring Boot builds from
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. Tollgate's auto-configuration, on the same class
 * path, is excluded.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {TollgateAutoConfiguration.class, TollgateHealthAutoConfiguration.class})
@Import(MeController.class)
public class ResourceServerApp {

  /** Created by Spring. */
  public ResourceServerApp() {}

  /**
   * @param http Spring Security's builder
   * @return the chain: every request needs a valid bearer JWT
   */
  @Bean
  SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
        .build();
  }
}
