package dev.tollgate.spring.security.reactive;

import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * Makes Tollgate the authentication of a {@code SecurityWebFilterChain}. {@code ServerHttpSecurity} takes no
 * configurer objects, so this is a {@link Customizer} the application applies to it; the starter provides it as a
 * bean:
 *
 * <pre>{@code
 * {@literal @}Bean
 * SecurityWebFilterChain api(ServerHttpSecurity http, TollgateServerSecurity tollgate) {
 *   tollgate.customize(http);
 *   return http.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated()).build();
 * }
 * }</pre>
 *
 * <p>It adds, at the chain's authentication position, a filter that converts each exchange with the
 * {@link ClerkServerAuthenticationConverter} and authenticates it with the {@link ClerkReactiveAuthenticationManager}.
 * It sets the {@link TollgateServerAuthenticationEntryPoint} and {@link TollgateServerAccessDeniedHandler} as the
 * chain's exception handling (the handler answers CSRF failures too), keeps no saved requests and no security
 * context between requests (a token comes with every request), and exempts requests with an {@code Authorization}
 * header from CSRF protection (a header is no ambient credential; requests authenticated by the cookie keep it).
 * A refused credential leaves the exchange anonymous: a permitted path serves it, and a protected one is answered by
 * the entry point with the refusal's status.
 *
 * <p>Immutable and thread-safe; {@link #customize} may be applied to any number of chains.
 */
public final class TollgateServerSecurity implements Customizer<ServerHttpSecurity> {

  private static final ServerWebExchangeMatcher CSRF_PROTECTED = exchange -> hasAuthorization(exchange)
      ? ServerWebExchangeMatcher.MatchResult.notMatch()
      : CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange);

  private final ClerkServerAuthenticationConverter converter;
  private final ClerkReactiveAuthenticationManager manager;
  private final TollgateServerAuthenticationEntryPoint entryPoint;
  private final TollgateServerAccessDeniedHandler accessDeniedHandler;

  /**
   * Creates the customizer of these parts; the starter's auto-configuration makes them beans.
   *
   * @param converter picks up each exchange's credentials
   * @param manager verifies them
   * @param entryPoint answers an exchange that must be signed in but is not
   * @param accessDeniedHandler answers a denied exchange
   * @throws NullPointerException if an argument is {@code null}
   */
  public TollgateServerSecurity(ClerkServerAuthenticationConverter converter,
      ClerkReactiveAuthenticationManager manager, TollgateServerAuthenticationEntryPoint entryPoint,
      TollgateServerAccessDeniedHandler accessDeniedHandler) {
    this.converter = Objects.requireNonNull(converter, "converter");
    this.manager = Objects.requireNonNull(manager, "manager");
    this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    this.accessDeniedHandler = Objects.requireNonNull(accessDeniedHandler, "accessDeniedHandler");
  }

  /**
   * Configures the chain as described on the class.
   *
   * @param http the chain being built
   */
  @Override
  public void customize(ServerHttpSecurity http) {
    http.addFilterAt(new ClerkAuthenticationWebFilter(converter, manager), SecurityWebFiltersOrder.AUTHENTICATION)
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(accessDeniedHandler))
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(CSRF_PROTECTED).accessDeniedHandler(accessDeniedHandler));
  }

  private static boolean hasAuthorization(ServerWebExchange exchange) {
    return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
  }
}
