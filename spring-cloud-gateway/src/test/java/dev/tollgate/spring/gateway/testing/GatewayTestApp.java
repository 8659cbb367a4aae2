package dev.tollgate.spring.gateway.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A Spring Cloud Gateway application as a user writes one: its routes come from the active profile's
 * {@code application-<profile>.yml}, the upstream from {@code test.upstream}. Besides them, for the tests only:
 * {@code /blocking/**}, whose filter blocks the event loop on purpose, and a counter of the requests that reached the
 * gateway.
 */
@SpringBootApplication
public class GatewayTestApp {

  /** Requests that reached the gateway's filters, before Tollgate's. */
  public static final AtomicInteger ARRIVED = new AtomicInteger();

  @Bean
  RouteLocator blockingRoute(RouteLocatorBuilder routes, @Value("${test.upstream}") String upstream) {
    return routes.routes().route("blocking", route -> route.path("/blocking/**").filters(filters -> filters.filter(
        (exchange, chain) -> {
          try {
            Thread.sleep(1);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          return chain.filter(exchange);
        })).uri(upstream)).build();
  }

  @Bean
  GlobalFilter arrivals() {
    return new Arrivals();
  }

  /** Counts every request, first of all filters. */
  private static final class Arrivals implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
      ARRIVED.incrementAndGet();
      return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
