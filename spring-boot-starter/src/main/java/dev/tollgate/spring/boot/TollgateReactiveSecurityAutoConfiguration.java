package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifier;
import dev.tollgate.spring.security.SessionAuthoritiesMapper;
import dev.tollgate.spring.security.reactive.ClerkReactiveAuthenticationManager;
import dev.tollgate.spring.security.reactive.ClerkServerAuthenticationConverter;
import dev.tollgate.spring.security.reactive.TollgateServerAccessDeniedHandler;
import dev.tollgate.spring.security.reactive.TollgateServerAuthenticationEntryPoint;
import dev.tollgate.spring.security.reactive.TollgateServerSecurity;
import dev.tollgate.web.RequestAuthenticator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Tollgate's Spring Security beans for a reactive (WebFlux) application, each backing off when the application
 * defines a bean of its type:
 * <ul>
 *   <li>{@link SessionAuthoritiesMapper} {@code tollgateSessionAuthoritiesMapper}
 *       ({@link SessionAuthoritiesMapper#standard()}), the servlet side's bean;</li>
 *   <li>{@link ClerkServerAuthenticationConverter}, {@link ClerkReactiveAuthenticationManager},
 *       {@link TollgateServerAuthenticationEntryPoint} and {@link TollgateServerAccessDeniedHandler} (realm
 *       {@code tollgate.realm}), and {@link TollgateServerSecurity}, which applies them to a
 *       {@code ServerHttpSecurity};</li>
 *   <li>when the application defines no {@link SecurityWebFilterChain}: {@code tollgateSecurityWebFilterChain},
 *       where {@code tollgate.public-paths} are permitted to everyone and every other exchange must be signed
 *       in.</li>
 * </ul>
 * Ordered before Spring Boot's reactive security auto-configurations, so its default chains and generated user
 * back off. The verifier and the request authenticator come from {@link TollgateAutoConfiguration}; without a
 * {@link SessionVerifier} bean (that auto-configuration excluded) nothing here applies.
 */
@AutoConfiguration(after = TollgateAutoConfiguration.class, beforeName = {
    "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.reactive"
        + ".ReactiveManagementWebSecurityAutoConfiguration"})
@ConditionalOnClass({ServerHttpSecurity.class, SecurityWebFilterChain.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(SessionVerifier.class)
public class TollgateReactiveSecurityAutoConfiguration {

  /** Created by Spring. */
  public TollgateReactiveSecurityAutoConfiguration() {}

  /**
   * The authorities of a session, as on the servlet side.
   *
   * @return {@link SessionAuthoritiesMapper#standard()}
   */
  @Bean
  @ConditionalOnMissingBean
  public SessionAuthoritiesMapper tollgateSessionAuthoritiesMapper() {
    return SessionAuthoritiesMapper.standard();
  }

  /**
   * The converter.
   *
   * @param verifier the verifier, whose publishable key names the suffixed cookie
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public ClerkServerAuthenticationConverter tollgateServerAuthenticationConverter(SessionVerifier verifier) {
    return new ClerkServerAuthenticationConverter(verifier);
  }

  /**
   * The authentication manager.
   *
   * @param authenticator decides each request
   * @param authorities the authorities of a session
   * @return the manager
   */
  @Bean
  @ConditionalOnMissingBean
  public ClerkReactiveAuthenticationManager tollgateReactiveAuthenticationManager(RequestAuthenticator authenticator,
      SessionAuthoritiesMapper authorities) {
    return new ClerkReactiveAuthenticationManager(authenticator, authorities);
  }

  /**
   * The entry point.
   *
   * @param tollgate Tollgate's options
   * @return the entry point of realm {@code tollgate.realm}
   */
  @Bean
  @ConditionalOnMissingBean
  public TollgateServerAuthenticationEntryPoint tollgateServerAuthenticationEntryPoint(TollgateProperties tollgate) {
    return new TollgateServerAuthenticationEntryPoint(PropertyChecks.realm(tollgate));
  }

  /**
   * The access-denied handler.
   *
   * @param tollgate Tollgate's options
   * @return the handler of realm {@code tollgate.realm}
   */
  @Bean
  @ConditionalOnMissingBean
  public TollgateServerAccessDeniedHandler tollgateServerAccessDeniedHandler(TollgateProperties tollgate) {
    return new TollgateServerAccessDeniedHandler(PropertyChecks.realm(tollgate));
  }

  /**
   * The customizer of {@code ServerHttpSecurity}.
   *
   * @param converter the converter
   * @param manager the manager
   * @param entryPoint the entry point
   * @param accessDeniedHandler the access-denied handler
   * @return the customizer
   */
  @Bean
  @ConditionalOnMissingBean
  public TollgateServerSecurity tollgateServerSecurity(ClerkServerAuthenticationConverter converter,
      ClerkReactiveAuthenticationManager manager, TollgateServerAuthenticationEntryPoint entryPoint,
      TollgateServerAccessDeniedHandler accessDeniedHandler) {
    return new TollgateServerSecurity(converter, manager, entryPoint, accessDeniedHandler);
  }

  /**
   * The default chain, when the application defines none.
   *
   * @param http Spring Security's builder
   * @param tollgateSecurity the customizer
   * @param tollgate Tollgate's options, for {@code tollgate.public-paths}
   * @return the chain
   */
  @Bean
  @ConditionalOnMissingBean({SecurityWebFilterChain.class, WebFilterChainProxy.class})
  public SecurityWebFilterChain tollgateSecurityWebFilterChain(ServerHttpSecurity http,
      TollgateServerSecurity tollgateSecurity, TollgateProperties tollgate) {
    String[] publicPaths = tollgate.getPublicPaths().toArray(new String[0]);
    tollgateSecurity.customize(http);
    http.authorizeExchange(exchanges -> {
      if (publicPaths.length > 0) {
        PropertyChecks.checked(TollgateProperties.PREFIX + ".public-paths",
            () -> exchanges.pathMatchers(publicPaths).permitAll());
      }
      exchanges.anyExchange().authenticated();
    });
    return http.build();
  }
}
