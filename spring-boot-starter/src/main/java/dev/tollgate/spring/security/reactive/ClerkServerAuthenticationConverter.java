package dev.tollgate.spring.security.reactive;

import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import dev.tollgate.spring.reactive.ReactiveExchanges;
import dev.tollgate.spring.security.ClerkAuthenticationRequest;
import dev.tollgate.web.RequestAuthenticator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reactive {@link dev.tollgate.spring.security.ClerkAuthenticationConverter}: turns an exchange that carries a
 * session credential into a {@link ClerkAuthenticationRequest} over the request's headers
 * ({@link ReactiveExchanges#credentials}): one with an {@code Authorization} header field (any scheme, so that
 * {@code Basic x} or a duplicated header is refused as {@code invalid_request} on protected paths), or a non-empty
 * {@code __session} or {@code __session_<suffix>} cookie. An exchange with neither gives an empty {@link Mono}, so it
 * stays anonymous. Which credential wins is decided later, by {@link RequestAuthenticator}. Never blocks.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClerkServerAuthenticationConverter implements ServerAuthenticationConverter {

  private final @Nullable String suffixedCookie;

  /**
   * A converter for the cookies of this verifier: {@code __session}, and {@code __session_<suffix>} when the
   * verifier has a publishable key.
   *
   * @param verifier the verifier the authentication manager uses
   */
  public ClerkServerAuthenticationConverter(SessionVerifier verifier) {
    this(Objects.requireNonNull(verifier, "verifier").publishableKey());
  }

  /**
   * A converter for the cookies of this publishable key.
   *
   * @param publishableKey the key whose cookie suffix names the suffixed cookie, or empty for {@code __session}
   *     only
   */
  public ClerkServerAuthenticationConverter(Optional<PublishableKey> publishableKey) {
    this.suffixedCookie = publishableKey.map(RequestAuthenticator::sessionCookie).orElse(null);
  }

  /**
   * @param exchange the exchange
   * @return the unverified credentials, or empty when the request carries no session credential
   */
  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) && !hasSessionCookie(request)) {
      return Mono.empty();
    }
    return Mono.just(new ClerkAuthenticationRequest(ReactiveExchanges.credentials(request)));
  }

  private boolean hasSessionCookie(ServerHttpRequest request) {
    var cookies = request.getCookies();
    return nonEmpty(cookies.get(RequestAuthenticator.SESSION_COOKIE))
        || (suffixedCookie != null && nonEmpty(cookies.get(suffixedCookie)));
  }

  private static boolean nonEmpty(@Nullable List<HttpCookie> cookies) {
    return cookies != null && cookies.stream().anyMatch(cookie -> !cookie.getValue().isEmpty());
  }
}
