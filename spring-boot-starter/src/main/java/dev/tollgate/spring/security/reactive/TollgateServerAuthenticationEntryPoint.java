package dev.tollgate.spring.security.reactive;

import dev.tollgate.spring.reactive.ReactiveExchanges;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.ErrorResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reactive {@link dev.tollgate.spring.security.TollgateAuthenticationEntryPoint}: answers an exchange that must
 * be signed in but is not with {@link ErrorResponse#refusing(AuthResult, String)}: 401 with
 * {@code WWW-Authenticate: Bearer realm="…"} (an {@code error} attribute only when a token was sent), 400
 * {@code invalid_request} for a malformed or duplicated {@code Authorization} header, 503 with {@code Retry-After}
 * when the keys are unavailable, each with a problem+json body. The refusal is the one
 * {@link ClerkReactiveAuthenticationManager} recorded for the exchange; an exchange without one is answered as one
 * without a token.
 *
 * <p>Immutable and thread-safe.
 */
public final class TollgateServerAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final String realm;

  /**
   * Creates an entry point.
   *
   * @param realm the challenge's realm, for example {@code tollgate}
   * @throws IllegalArgumentException if the realm is not valid, see {@link BearerChallenge#requireValidRealm}
   */
  public TollgateServerAuthenticationEntryPoint(String realm) {
    this.realm = BearerChallenge.requireValidRealm(realm);
  }

  /** @return the challenge's realm */
  public String realm() {
    return realm;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException authException) {
    Object outcome = exchange.getAttribute(ClerkAuthenticationWebFilter.OUTCOME_ATTRIBUTE);
    AuthResult refusal = outcome instanceof AuthResult result && !(result instanceof AuthResult.SignedIn)
        ? result : AuthResult.SignedOut.sessionTokenMissing();
    return ReactiveExchanges.send(exchange.getResponse(), ErrorResponse.refusing(refusal, realm));
  }
}
