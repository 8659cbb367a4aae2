package dev.tollgate.benchmarks.gateway;

import dev.tollgate.benchmarks.LoopbackJwksServer;
import dev.tollgate.benchmarks.endpoint.KeepAliveLoad;
import dev.tollgate.benchmarks.spring.SpringAppBenchmark;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Fork;
import org.springframework.boot.WebApplicationType;

/**
 * Scenario 8: a Spring Cloud Gateway application on Reactor Netty with one route, {@value #ROUTE} to the
 * {@link Upstream} on loopback, under the keep-alive load of {@link KeepAliveLoad}. Each leg is the same gateway and
 * route with another security library in front of it; both fetch the signing key from the same JWKS, served on
 * loopback by {@link LoopbackJwksServer}, and verify the same tokens. The upstream is started before the gateway and
 * stopped after it.
 *
 * <p>The JDK's HTTP server behind the route writes a response's head and body in two writes; {@value #NO_DELAY}
 * keeps Nagle's algorithm from holding the second until the gateway acknowledges the first, the same for every leg.
 */
@Fork(jvmArgsAppend = GatewayBenchmark.NO_DELAY)
public abstract class GatewayBenchmark extends SpringAppBenchmark {

  /** The JVM option that turns on {@code TCP_NODELAY} in the JDK's HTTP server: {@value}. */
  public static final String NO_DELAY = "-Dsun.net.httpserver.nodelay=true";
  /** The route's path pattern. */
  public static final String ROUTE = "/api/**";
  /** The path every request asks for, under the route. */
  public static final String PATH = "/api/hello";

  private static final String ROUTE_PREFIX = "--spring.cloud.gateway.server.webflux.routes[0].";

  private @Nullable Upstream upstream;

  /**
   * @param jwksUrl where the gateway fetches the signing key
   * @return the leg's security settings, as {@code --name=value}
   */
  protected abstract List<String> securityProperties(URI jwksUrl);

  /**
   * @return the leg's route filters, as the values of {@code filters[i]}; none by default
   */
  protected List<String> routeFilters() {
    return List.of();
  }

  /**
   * @param upstream where the route leads
   * @param filters the route's filters, in order
   * @return the route's properties, as {@code --name=value}
   */
  public static List<String> route(URI upstream, List<String> filters) {
    List<String> route = new ArrayList<>(List.of(
        ROUTE_PREFIX + "id=api",
        ROUTE_PREFIX + "uri=" + upstream,
        ROUTE_PREFIX + "predicates[0]=Path=" + ROUTE));
    for (int i = 0; i < filters.size(); i++) {
      route.add(ROUTE_PREFIX + "filters[" + i + "]=" + filters.get(i));
    }
    return route;
  }

  @Override
  protected final WebApplicationType webApplicationType() {
    return WebApplicationType.REACTIVE;
  }

  @Override
  protected final void startPeers() throws IOException {
    upstream = Upstream.start();
  }

  @Override
  protected final void stopPeers() {
    if (upstream != null) {
      upstream.close();
      upstream = null;
    }
  }

  @Override
  protected final List<String> properties(URI jwksUrl) {
    if (upstream == null) {
      throw new IllegalStateException("the upstream is not running");
    }
    List<String> properties = new ArrayList<>(route(upstream.baseUrl(), routeFilters()));
    properties.addAll(securityProperties(jwksUrl));
    return properties;
  }

  @Override
  protected final String path() {
    return PATH;
  }

  /** @return the gateway's port, once started */
  @Override
  protected int port() {
    return super.port();
  }
}
