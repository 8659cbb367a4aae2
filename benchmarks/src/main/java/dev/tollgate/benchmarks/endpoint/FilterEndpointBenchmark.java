package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.SessionVerifier;
import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.servlet.TollgateFilter;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The leg of scenario 5 with {@link TollgateFilter} in front of the endpoint, requiring a session on every path,
 * with a networkless verifier and its default verified-token cache (what a deployment runs). Before anything is
 * measured, a token with a flipped signature bit must be refused with 401, so the filter is known to be in the
 * path.
 */
public class FilterEndpointBenchmark extends EndpointBenchmark {

  @Override
  protected AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(fixture.pem()).build();
    TollgateFilter filter = TollgateFilter.builder(verifier).requirePaths("/*").build();
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    return verifier;
  }

  @Override
  protected void checkInstalled(KeepAliveClient probe, BenchmarkFixture fixture) throws IOException {
    requireRefusesTamperedToken(probe, fixture, "the filter");
  }
}
