package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifier;
import dev.tollgate.spring.security.ClerkAuthenticationConverter;
import dev.tollgate.spring.security.ClerkAuthenticationProvider;
import dev.tollgate.spring.security.ClerkMethodSecurity;
import dev.tollgate.spring.security.SessionAuthoritiesMapper;
import dev.tollgate.spring.security.TollgateAccessDeniedHandler;
import dev.tollgate.spring.security.TollgateAuthenticationEntryPoint;
import dev.tollgate.spring.security.TollgateSecurityConfigurer;
import dev.tollgate.web.RequestAuthenticator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Tollgate's beans for a Spring Boot application. Each backs off when the application defines a bean of its type
 * (for the {@code clerk} expression bean: of its name):
 * <ul>
 *   <li>{@link SessionVerifier} {@code tollgateSessionVerifier}, from {@link ClerkProperties} and
 *       {@link TollgateProperties} and any {@link SessionVerifierCustomizer}; closed with the context. Its keys load in
 *       the background unless {@code tollgate.keys.wait-at-startup} is set;</li>
 *   <li>{@link RequestAuthenticator} {@code tollgateRequestAuthenticator} of that verifier.</li>
 * </ul>
 * With Spring Security in a servlet application, also:
 * <ul>
 *   <li>{@link SessionAuthoritiesMapper} ({@link SessionAuthoritiesMapper#standard()}),
 *       {@link ClerkAuthenticationConverter}, {@link ClerkAuthenticationProvider},
 *       {@link TollgateAuthenticationEntryPoint} and {@link TollgateAccessDeniedHandler} (realm
 *       {@code tollgate.realm}), which {@link TollgateSecurityConfigurer} uses;</li>
 *   <li>{@link ClerkMethodSecurity} named {@value ClerkMethodSecurity#BEAN_NAME}, for {@code @clerk.has(…)};</li>
 *   <li>when the application defines no {@link SecurityFilterChain}: {@code tollgateSecurityFilterChain}, where
 *       {@code tollgate.public-paths} are permitted to everyone and every other request must be signed in.</li>
 * </ul>
 * Ordered before Spring Boot's security auto-configuration, so its default chain and generated user back off.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@EnableConfigurationProperties({ClerkProperties.class, TollgateProperties.class})
public class TollgateAutoConfiguration {

  /** Created by Spring. */
  public TollgateAutoConfiguration() {}

  /**
   * The verifier.
   *
   * @param clerk Clerk's settings
   * @param tollgate Tollgate's options
   * @param customizers options without a property
   * @return the verifier, closed when the context closes
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SessionVerifier tollgateSessionVerifier(ClerkProperties clerk, TollgateProperties tollgate,
      ObjectProvider<SessionVerifierCustomizer> customizers) {
    return VerifierFactory.create(clerk, tollgate, customizers.orderedStream().toList());
  }

  /**
   * The request authenticator.
   *
   * @param verifier the verifier
   * @return an authenticator that takes every decision from the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  public RequestAuthenticator tollgateRequestAuthenticator(SessionVerifier verifier) {
    return RequestAuthenticator.of(verifier);
  }

  /** The Spring Security beans; see the class. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HttpSecurity.class, SecurityFilterChain.class})
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class SecurityBeans {

    @Bean
    @ConditionalOnMissingBean
    SessionAuthoritiesMapper tollgateSessionAuthoritiesMapper() {
      return SessionAuthoritiesMapper.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    ClerkAuthenticationConverter tollgateAuthenticationConverter(SessionVerifier verifier) {
      return new ClerkAuthenticationConverter(verifier);
    }

    @Bean
    @ConditionalOnMissingBean
    ClerkAuthenticationProvider tollgateAuthenticationProvider(RequestAuthenticator authenticator,
        SessionAuthoritiesMapper authorities) {
      return new ClerkAuthenticationProvider(authenticator, authorities);
    }

    @Bean
    @ConditionalOnMissingBean
    TollgateAuthenticationEntryPoint tollgateAuthenticationEntryPoint(TollgateProperties tollgate) {
      return new TollgateAuthenticationEntryPoint(PropertyChecks.realm(tollgate));
    }

    @Bean
    @ConditionalOnMissingBean
    TollgateAccessDeniedHandler tollgateAccessDeniedHandler(TollgateProperties tollgate) {
      return new TollgateAccessDeniedHandler(PropertyChecks.realm(tollgate));
    }

    @Bean(ClerkMethodSecurity.BEAN_NAME)
    @ConditionalOnMissingBean(name = ClerkMethodSecurity.BEAN_NAME)
    ClerkMethodSecurity clerk(ObjectProvider<SecurityContextHolderStrategy> strategy) {
      // The chain's filters use an application's SecurityContextHolderStrategy bean when there is one; so must this.
      return new ClerkMethodSecurity(strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain tollgateSecurityFilterChain(HttpSecurity http, TollgateProperties tollgate) throws Exception {
      String[] publicPaths = tollgate.getPublicPaths().toArray(new String[0]);
      http.authorizeHttpRequests(requests -> {
        if (publicPaths.length > 0) {
          PropertyChecks.checked(TollgateProperties.PREFIX + ".public-paths",
              () -> requests.requestMatchers(publicPaths).permitAll());
        }
        requests.anyRequest().authenticated();
      }).with(TollgateSecurityConfigurer.tollgate(), Customizer.withDefaults());
      return http.build();
    }
  }
}
