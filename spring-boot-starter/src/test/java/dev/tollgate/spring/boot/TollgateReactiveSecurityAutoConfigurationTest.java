package dev.tollgate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.spring.security.ClerkAuthenticationRequest;
import dev.tollgate.spring.security.ClerkSessionAuthentication;
import dev.tollgate.spring.security.SessionAuthoritiesMapper;
import dev.tollgate.spring.security.reactive.ClerkReactiveAuthenticationManager;
import dev.tollgate.spring.security.reactive.TollgateServerSecurity;
import dev.tollgate.spring.testing.ReactiveScenarioTest;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.RequestCredentials;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The reactive auto-configuration: its beans in a reactive application, none in a servlet one, each replaced by
 * the application's own; and, in the shared WebFlux application, Actuator's health with the keys' indicator.
 */
class TollgateReactiveSecurityAutoConfigurationTest extends ReactiveScenarioTest {

  private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class,
          TollgateReactiveSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
          ReactiveWebSecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class))
      .withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"))
      .withBean(SessionVerifierCustomizer.class, () -> builder -> builder.clock(Clock.fixed(TestTokens.NOW,
          ZoneOffset.UTC)));

  @Test
  void healthWhenReactiveThenTheKeysIndicatorIsUp() {
    HttpResponse<String> response = http().get("/actuator/health");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"tollgateKeys\":{\"details\":{\"state\":\"HEALTHY\""), response.body());
    assertTrue(response.body().endsWith("\"status\":\"UP\"}"), response.body());
  }

  @Test
  void reactiveAppWhenNoChainOfItsOwnThenTollgatesBeansAndChainAndNoGeneratedUser() {
    reactive.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(TollgateServerSecurity.class)
          .hasSingleBean(ClerkReactiveAuthenticationManager.class).hasBean("tollgateSecurityWebFilterChain")
          .doesNotHaveBean(org.springframework.security.core.userdetails.ReactiveUserDetailsService.class);
    });
  }

  @Test
  void reactiveAppWhenTollgatesVerifierIsExcludedThenNoReactiveBeansAndStartupSucceeds() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TollgateReactiveSecurityAutoConfiguration.class,
            SecurityAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
            ReactiveUserDetailsServiceAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TollgateServerSecurity.class)
            .doesNotHaveBean("tollgateSecurityWebFilterChain"));
  }

  @Test
  void servletAppWhenStartedThenNoReactiveBeans() {
    new WebApplicationContextRunner().withClassLoader(new FilteredClassLoader(HttpSecurity.class))
        .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class,
            TollgateReactiveSecurityAutoConfiguration.class))
        .withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TollgateServerSecurity.class)
            .doesNotHaveBean(SecurityWebFilterChain.class));
  }

  @Test
  void reactiveAppWhenOwnChainThenTollgatesChainBacksOff() {
    reactive.withUserConfiguration(OwnChain.class).run(context -> assertThat(context).hasNotFailed()
        .doesNotHaveBean("tollgateSecurityWebFilterChain").hasBean("ownChain"));
  }

  @Test
  void reactiveAppWhenOwnAuthoritiesMapperThenTheManagerUsesIt() {
    reactive.withUserConfiguration(OwnMapper.class).run(context -> {
          ClerkReactiveAuthenticationManager manager = context.getBean(ClerkReactiveAuthenticationManager.class);
          Authentication authenticated = manager.authenticate(new ClerkAuthenticationRequest(RequestCredentials.of(
              Map.of("Authorization", List.of("Bearer " + TestTokens.token().build()))))).block();
          assertEquals(List.of(new SimpleGrantedAuthority("custom")),
              List.copyOf(((ClerkSessionAuthentication) authenticated).getAuthorities()), "authorities");
        });
  }

  @Test
  void reactiveAppWhenPublicPathInvalidThenStartupFailsNamingTheProperty() {
    reactive.withPropertyValues("tollgate.public-paths=/a/{oops").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("tollgate.public-paths");
    });
  }

  @Configuration(proxyBeanMethods = false)
  @EnableWebFluxSecurity
  static class OwnChain {
    @Bean
    SecurityWebFilterChain ownChain(ServerHttpSecurity http, TollgateServerSecurity tollgate) {
      tollgate.customize(http);
      return http.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated()).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnMapper {
    @Bean
    SessionAuthoritiesMapper customAuthorities() {
      return session -> List.of(new SimpleGrantedAuthority("custom"));
    }
  }
}
