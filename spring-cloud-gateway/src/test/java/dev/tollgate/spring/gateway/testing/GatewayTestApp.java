package dev.tollgate.spring.gateway.testing;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * {@code /blocking/**}, whose filter blocks the event loop on purpose, and a record of the threads that route the
 * requests.
 */
@SpringBootApplication
public class GatewayTestApp {

  /** The threads that ran the filters after the routes' own (Tollgate's included), one entry per request. */
  public static final Queue<String> ROUTED_ON = new ConcurrentLinkedQueue<>();

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
  GlobalFilter routedOn() {
    return new RoutedOn();
  }

  /** Records the thread that runs the rest of the chain once the routes' filters (ordered from 1) passed it on. */
  private static final class RoutedOn implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
      ROUTED_ON.add(Thread.currentThread().getName());
      return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
      return 1_000;
    }
  }
}
