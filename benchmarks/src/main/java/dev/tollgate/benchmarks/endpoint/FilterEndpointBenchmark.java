package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.SessionVerifier;
import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.spring.TollgateStarterBenchmark;
import dev.tollgate.servlet.TollgateFilter;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The leg of scenario 5 with {@link TollgateFilter} in front of the endpoint, requiring a session on every path,
 * with a networkless verifier. Its verified-token cache is on, as deployed, but holds only {@value #CACHE_SIZE}
 * entries, far fewer than the fixture's pool: the default of 10,000 would hold the whole pool after one pass and
 * turn the fresh-token leg into a repeated-token one. A fresh token thus pays the cache's miss and insertion, as a
 * token never seen before does; the repeated token stays cached. Before anything is measured, a token with a
 * flipped signature bit must be refused with 401, so the filter is known to be in the path.
 */
public class FilterEndpointBenchmark extends EndpointBenchmark {

  /** Entries of the verified-token cache: {@value}, as in the Spring Boot leg, under 2% of the fixture's pool. */
  public static final int CACHE_SIZE = TollgateStarterBenchmark.CACHE_SIZE;

  @Override
  protected AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(fixture.pem()).verifiedTokenCacheSize(CACHE_SIZE)
        .build();
    TollgateFilter filter = TollgateFilter.builder(verifier).requirePaths("/*").build();
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    return verifier;
  }

  @Override
  protected void checkInstalled(KeepAliveClient probe, BenchmarkFixture fixture) throws IOException {
    requireRefusesTamperedToken(probe, fixture, "the filter");
  }
}
