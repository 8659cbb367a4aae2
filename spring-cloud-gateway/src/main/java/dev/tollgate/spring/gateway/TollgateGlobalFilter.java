package dev.tollgate.spring.gateway;

import java.util.List;
import java.util.Objects;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Runs on every route, before the routes' own filters ({@link #ORDER}): removes every identity header a client
 * sent (on every route, whether or not it authenticates, so no upstream behind the gateway ever receives a forged
 * one), and with {@code tollgate.gateway.global=true} requires a signed-in session on every path but the public
 * ones, as {@code - Tollgate} without arguments would. Thread-safe; created by
 * {@link TollgateGatewayAutoConfiguration}.
 */
public final class TollgateGlobalFilter implements GlobalFilter, Ordered {

  /**
   * The filter's order: {@value}, before the filters of the routes' definitions (ordered from 1) and Spring Cloud
   * Gateway's routing filters.
   */
  public static final int ORDER = -1000;

  private final GatewayAuthentication authentication;
  private final boolean global;
  private final List<PathPattern> publicPaths;

  TollgateGlobalFilter(GatewayAuthentication authentication, boolean global, List<PathPattern> publicPaths) {
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.global = global;
    this.publicPaths = List.copyOf(publicPaths);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    IdentityHeaders identityHeaders = authentication.identityHeaders();
    ServerWebExchange stripped = exchange;
    if (identityHeaders.anyIn(exchange.getRequest().getHeaders())) {
      ServerHttpRequest request = exchange.getRequest().mutate().headers(identityHeaders::strip).build();
      stripped = exchange.mutate().request(request).build();
    }
    if (!global || isPublic(stripped.getRequest())) {
      return chain.filter(stripped);
    }
    return authentication.filter(stripped, chain, AccessRule.SIGNED_IN);
  }

  /** @return {@value #ORDER} */
  @Override
  public int getOrder() {
    return ORDER;
  }

  private boolean isPublic(ServerHttpRequest request) {
    return publicPaths.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
  }

  @Override
  public String toString() {
    return "TollgateGlobalFilter[global=" + global + ", publicPaths=" + publicPaths + "]";
  }
}
