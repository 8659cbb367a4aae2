package dev.tollgate.benchmarks.spring;

import java.net.URI;
import java.util.List;

/**
 * The leg of scenario 7 secured by Tollgate's starter ({@link TollgateStarterApp}), with {@code clerk.jwks-url} at
 * the loopback JWKS and the keys loaded before the application reports started.
 *
 * <p>The verified-token cache is on, as deployed, but holds only {@value #CACHE_SIZE} entries, far fewer than the
 * fixture's pool of 4,096 tokens: the starter's default of 10,000 would hold the whole pool after one pass and turn
 * the fresh-token benchmark into a repeated-token one. A fresh token thus pays the cache's miss and insertion, as a
 * token never seen before does; the repeated token stays cached.
 */
public class TollgateStarterBenchmark extends SpringAppBenchmark {

  /** Entries of the verified-token cache: {@value}, under 2% of the fixture's pool. */
  public static final int CACHE_SIZE = 64;

  @Override
  protected Class<?> application() {
    return TollgateStarterApp.class;
  }

  @Override
  protected List<String> properties(URI jwksUrl) {
    return List.of(
        "--clerk.jwks-url=" + jwksUrl,
        "--tollgate.keys.wait-at-startup=true",
        "--tollgate.verified-token-cache-size=" + CACHE_SIZE);
  }
}
