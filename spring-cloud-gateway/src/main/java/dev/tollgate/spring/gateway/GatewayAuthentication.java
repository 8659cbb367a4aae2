package dev.tollgate.spring.gateway;

import dev.tollgate.RejectionReason;
import dev.tollgate.Session;
import dev.tollgate.spring.reactive.ReactiveExchanges;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One exchange through the filter: authenticate it (or reuse the session an earlier Tollgate filter of the same
 * exchange verified), refuse it with core's {@link ErrorResponse}, or check the route's {@link AccessRule} and send
 * it on with the identity headers.
 *
 * <p>Never blocks: the decision comes from {@link RequestAuthenticator#authenticateAsync}. With the keys loaded it
 * is complete at once and the exchange continues on the calling (event-loop) thread; otherwise the rest of the chain
 * runs on Reactor's parallel scheduler, not on the thread that completed the key fetch. Immutable and thread-safe.
 */
final class GatewayAuthentication {

  private static final String NOT_FORWARDABLE = "The session's identity cannot be sent in an HTTP header.";

  private final RequestAuthenticator authenticator;
  private final IdentityHeaders identityHeaders;
  private final String realm;

  GatewayAuthentication(RequestAuthenticator authenticator, IdentityHeaders identityHeaders, String realm) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.identityHeaders = Objects.requireNonNull(identityHeaders, "identityHeaders");
    this.realm = Objects.requireNonNull(realm, "realm");
  }

  /** @return the identity headers this filter removes and sends */
  IdentityHeaders identityHeaders() {
    return identityHeaders;
  }

  /**
   * @param exchange the exchange
   * @param chain the rest of the route
   * @param rule what the route requires
   * @return completes when the exchange is refused or the rest of the chain completes
   */
  Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain, AccessRule rule) {
    Optional<Session> verified = TollgateGatewayFilterFactory.session(exchange);
    if (verified.isPresent()) {
      return authorized(exchange, chain, rule, verified.get());
    }
    return authenticate(exchange.getRequest()).flatMap(result -> {
      if (!(result instanceof AuthResult.SignedIn signedIn)) {
        return ReactiveExchanges.send(exchange.getResponse(), ErrorResponse.refusing(result, realm));
      }
      Session session = signedIn.session();
      Optional<Map<String, String>> identity = identityHeaders.of(session);
      if (identity.isEmpty()) {
        return ReactiveExchanges.send(exchange.getResponse(), ErrorResponse.refusing(
            new AuthResult.SignedOut(RejectionReason.TOKEN_INVALID, NOT_FORWARDABLE), realm));
      }
      ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
        identityHeaders.strip(headers);
        identity.get().forEach(headers::set);
      }).build();
      ServerWebExchange forwarded = exchange.mutate().request(request).build();
      forwarded.getAttributes().put(TollgateGatewayFilterFactory.SESSION_ATTRIBUTE, session);
      return authorized(forwarded, chain, rule, session);
    });
  }

  private Mono<Void> authorized(ServerWebExchange exchange, GatewayFilterChain chain, AccessRule rule,
      Session session) {
    Optional<String> missing = rule.missing(session);
    if (missing.isPresent()) {
      return ReactiveExchanges.send(exchange.getResponse(), ErrorResponse.insufficientScope(realm, missing.get()));
    }
    return chain.filter(exchange);
  }

  private Mono<AuthResult> authenticate(ServerHttpRequest request) {
    return Mono.defer(() -> {
      CompletionStage<AuthResult> stage = authenticator.authenticateAsync(ReactiveExchanges.credentials(request));
      Mono<AuthResult> result = Mono.fromCompletionStage(stage);
      boolean done = stage instanceof CompletableFuture<AuthResult> future && future.isDone();
      return done ? result : result.publishOn(Schedulers.parallel());
    });
  }
}
