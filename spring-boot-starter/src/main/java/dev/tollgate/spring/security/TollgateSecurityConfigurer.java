package dev.tollgate.spring.security;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ObservationAuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Makes Tollgate the authentication of a {@code SecurityFilterChain}, in one line:
 *
 * <pre>{@code
 * http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
 *     .with(TollgateSecurityConfigurer.tollgate(), Customizer.withDefaults());
 * }</pre>
 *
 * <p>It adds a filter that converts each request with the {@link ClerkAuthenticationConverter} bean and
 * authenticates it through an {@link AuthenticationManager} of the {@link ClerkAuthenticationProvider} bean (with
 * the application's {@link AuthenticationEventPublisher}, so Spring Security's authentication events fire, and
 * observed when an {@link ObservationRegistry} bean is present). It sets the {@link TollgateAuthenticationEntryPoint}
 * and {@link TollgateAccessDeniedHandler} beans as the chain's exception handling, keeps no saved requests (a token
 * comes with every request), and exempts requests with an {@code Authorization} header from CSRF protection (a
 * header is no ambient credential; requests authenticated by the cookie keep it). The starter's auto-configuration
 * provides the beans.
 *
 * <p>A refused credential leaves the request anonymous: a permitted path serves it, and a protected one is
 * answered by the entry point with the refusal's status. Not thread-safe; used once, while the chain is built.
 */
public final class TollgateSecurityConfigurer extends AbstractHttpConfigurer<TollgateSecurityConfigurer, HttpSecurity> {

  private TollgateSecurityConfigurer() {}

  /** @return a new configurer, for {@code http.with(tollgate(), Customizer.withDefaults())} */
  public static TollgateSecurityConfigurer tollgate() {
    return new TollgateSecurityConfigurer();
  }

  @Override
  public void init(HttpSecurity http) {
    ApplicationContext context = context(http);
    http.exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(context.getBean(TollgateAuthenticationEntryPoint.class))
            .accessDeniedHandler(context.getBean(TollgateAccessDeniedHandler.class)))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
  }

  @Override
  public void configure(HttpSecurity http) {
    ApplicationContext context = context(http);
    ProviderManager providers = new ProviderManager(context.getBean(ClerkAuthenticationProvider.class));
    providers.setAuthenticationEventPublisher(context.getBeanProvider(AuthenticationEventPublisher.class)
        .getIfUnique(() -> new DefaultAuthenticationEventPublisher(context)));
    AuthenticationManager manager = providers;
    ObservationRegistry observations = context.getBeanProvider(ObservationRegistry.class)
        .getIfUnique(() -> ObservationRegistry.NOOP);
    if (!observations.isNoop()) {
      manager = new ObservationAuthenticationManager(observations, providers);
    }
    ClerkAuthenticationFilter filter = new ClerkAuthenticationFilter(
        context.getBean(ClerkAuthenticationConverter.class), manager, getSecurityContextHolderStrategy());
    http.addFilterBefore(postProcess(filter), BasicAuthenticationFilter.class);
  }

  private static ApplicationContext context(HttpSecurity http) {
    ApplicationContext context = http.getSharedObject(ApplicationContext.class);
    if (context == null) {
      throw new IllegalStateException("TollgateSecurityConfigurer needs the HttpSecurity of a Spring application");
    }
    return context;
  }
}
