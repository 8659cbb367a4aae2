package dev.tollgate.spring.security.reactive;

import dev.tollgate.spring.security.ClerkAuthenticationRequest;
import dev.tollgate.web.AuthResult;
import java.util.Optional;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The reactive counterpart of the servlet side's authentication filter: authenticates an exchange through the
 * {@link ReactiveAuthenticationManager}. A refused exchange continues anonymous, with the refusal kept under
 * {@link #OUTCOME_ATTRIBUTE}: a permitted path serves it (a bad token on a public path is not a 401), and on a
 * protected path the entry point answers with the refusal's exact status. Spring Security's own
 * {@code AuthenticationWebFilter} answers a refusal at once, on every path, which is why it is not used. The
 * authentication lives in the Reactor context of the exchange only. Thread-safe.
 */
final class ClerkAuthenticationWebFilter implements WebFilter {

  /** Exchange attribute holding the {@link AuthResult} that refused the request's credentials. */
  static final String OUTCOME_ATTRIBUTE = ClerkAuthenticationWebFilter.class.getName() + ".OUTCOME";

  private final ServerAuthenticationConverter converter;
  private final ReactiveAuthenticationManager manager;

  ClerkAuthenticationWebFilter(ServerAuthenticationConverter converter, ReactiveAuthenticationManager manager) {
    this.converter = converter;
    this.manager = manager;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return converter.convert(exchange)
        .flatMap(credentials -> manager.authenticate(credentials)
            .onErrorResume(AuthenticationException.class, refused -> refused(exchange, credentials)))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(authenticated -> authenticated
            .map(authentication -> chain.filter(exchange)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication)))
            .orElseGet(() -> chain.filter(exchange)));
  }

  private static Mono<Authentication> refused(ServerWebExchange exchange, Authentication credentials) {
    if (credentials instanceof ClerkAuthenticationRequest unverified) {
      unverified.outcome().ifPresent(result -> exchange.getAttributes().put(OUTCOME_ATTRIBUTE, result));
    }
    return Mono.empty();
  }
}
