package dev.tollgate.benchmarks.gateway;

import dev.tollgate.benchmarks.spring.TollgateStarterBenchmark;
import java.net.URI;
import java.util.List;

/**
 * The leg of scenario 8 secured by Tollgate's gateway filter ({@link TollgateGatewayApp}): the route's filter
 * {@value #FILTER}, {@code clerk.jwks-url} at the loopback JWKS and the keys loaded before the gateway reports
 * started. The filter forwards the verified identity in {@code X-Clerk-*} headers.
 *
 * <p>As in scenario 7, the verified-token cache is on but holds only {@value TollgateStarterBenchmark#CACHE_SIZE}
 * entries, so the fixture's pool of 4,096 fresh tokens misses it while the repeated token stays cached.
 */
public class TollgateGatewayBenchmark extends GatewayBenchmark {

  /** The route filter, as an application's configuration names it: {@value}. */
  public static final String FILTER = "Tollgate";

  @Override
  protected Class<?> application() {
    return TollgateGatewayApp.class;
  }

  @Override
  protected List<String> routeFilters() {
    return List.of(FILTER);
  }

  @Override
  protected List<String> securityProperties(URI jwksUrl) {
    return properties(jwksUrl, TollgateStarterBenchmark.CACHE_SIZE);
  }

  /**
   * @param jwksUrl where the gateway fetches the signing key
   * @param cacheSize entries of the verified-token cache
   * @return Tollgate's settings of this leg, as {@code --name=value}
   */
  static List<String> properties(URI jwksUrl, int cacheSize) {
    return List.of(
        "--clerk.jwks-url=" + jwksUrl,
        "--tollgate.keys.wait-at-startup=true",
        "--tollgate.verified-token-cache-size=" + cacheSize);
  }
}
