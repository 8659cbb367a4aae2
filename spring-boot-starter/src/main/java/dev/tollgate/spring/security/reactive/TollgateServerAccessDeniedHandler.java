package dev.tollgate.spring.security.reactive;

import dev.tollgate.spring.reactive.ReactiveExchanges;
import dev.tollgate.spring.security.ReverificationRequiredException;
import dev.tollgate.spring.security.TollgateAccessDeniedHandler;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.ErrorResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The reactive {@link TollgateAccessDeniedHandler}, with its answers: {@link ReverificationRequiredException} with
 * 403 and Clerk's {@code reverification-error} body; a CSRF failure with 403 and
 * {@link TollgateAccessDeniedHandler#CSRF_PROBLEM}; any other denial (a missing authority, a failed
 * {@code @PreAuthorize}) with 403 {@code WWW-Authenticate: Bearer realm="…", error="insufficient_scope"} and a
 * problem+json body.
 *
 * <p>Immutable and thread-safe.
 */
public final class TollgateServerAccessDeniedHandler implements ServerAccessDeniedHandler {

  private static final byte[] CSRF_BODY = TollgateAccessDeniedHandler.CSRF_PROBLEM.getBytes(StandardCharsets.US_ASCII);

  private final String realm;

  /**
   * Creates a handler.
   *
   * @param realm the challenge's realm
   * @throws IllegalArgumentException if the realm is not valid, see {@link BearerChallenge#requireValidRealm}
   */
  public TollgateServerAccessDeniedHandler(String realm) {
    this.realm = BearerChallenge.requireValidRealm(realm);
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    ServerHttpResponse response = exchange.getResponse();
    if (denied instanceof ReverificationRequiredException reverification) {
      return ReactiveExchanges.send(response, ErrorResponse.reverificationRequired(reverification.required()));
    }
    if (denied instanceof CsrfException) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.parseMediaType(ErrorResponse.PROBLEM_JSON));
      response.getHeaders().setContentLength(CSRF_BODY.length);
      return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(CSRF_BODY)));
    }
    return ReactiveExchanges.send(response,
        ErrorResponse.insufficientScope(realm, TollgateAccessDeniedHandler.DENIED_DESCRIPTION));
  }
}
