package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.spring.boot.SessionVerifierCustomizer;
import dev.tollgate.spring.testing.Http;
import dev.tollgate.spring.testing.ScenarioApp;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The configurer in an application's own chain ({@code http.with(tollgate(), withDefaults())}, with URL-level
 * {@code hasAuthority}), on embedded Jetty: Spring Boot's Jetty factory is the application's
 * {@code ServletWebServerFactory} bean, since Tomcat is on the test class path too.
 */
@SpringBootTest(classes = TollgateSecurityConfigurerJettyTest.JettyApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TollgateSecurityConfigurerJettyTest {

  @LocalServerPort
  int port;

  @Autowired
  ServletWebServerApplicationContext context;

  @DynamicPropertySource
  static void clerk(DynamicPropertyRegistry registry) {
    registry.add("clerk.jwt-key", TestKeys::primaryPem);
  }

  @Test
  void chainWhenOnJettyThenStatusesAsTheFilter() {
    Http http = new Http(port);
    String member = TestTokens.token().orgRole("org:member").build();
    String admin = TestTokens.token().orgRole("org:admin").build();

    List<Integer> statuses = List.of(
        http.get("/me").statusCode(),
        http.get("/me", "Authorization", bearer(member)).statusCode(),
        http.get("/me", "Authorization", "Basic x").statusCode(),
        http.get("/admin", "Authorization", bearer(member)).statusCode(),
        http.get("/admin", "Authorization", bearer(admin)).statusCode(),
        http.get("/public/whoami", "Authorization", bearer("not-a-jwt")).statusCode());

    assertEquals(List.of(401, 200, 400, 403, 200, 200), statuses,
        "no token, member, Basic, member on /admin, admin on /admin, bad token on a public path");
    assertTrue(context.getWebServer() instanceof JettyWebServer, () -> "web server " + context.getWebServer());
  }

  @Test
  void chainWhenNoTokenThenChallengeWithRealmOnly() {
    assertEquals("Bearer realm=\"tollgate\"",
        new Http(port).get("/me").headers().firstValue("WWW-Authenticate").orElse(""), "challenge");
  }

  /** The scenario endpoints behind the application's own chain, on Jetty. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({ScenarioApp.Endpoints.class, ScenarioApp.ReportService.class})
  static class JettyApp {

    @Bean
    JettyServletWebServerFactory jetty() {
      return new JettyServletWebServerFactory();
    }

    @Bean
    SessionVerifierCustomizer testClock() {
      return builder -> builder.clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests
              .requestMatchers("/public/**").permitAll()
              .requestMatchers("/admin").hasAuthority("org:admin")
              .anyRequest().authenticated())
          .with(TollgateSecurityConfigurer.tollgate(), Customizer.withDefaults())
          .build();
    }
  }
}
