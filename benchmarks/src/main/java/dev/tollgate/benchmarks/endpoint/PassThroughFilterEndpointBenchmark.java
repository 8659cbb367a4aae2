package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.benchmarks.BenchmarkFixture;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The baseline of the filter target in scenario 5: the endpoint behind a filter that does what any
 * authentication filter must do besides checking the token (set a request attribute, wrap the request for
 * the principal) and nothing else. Its throughput against {@link NoFilterEndpointBenchmark} is what having a
 * filter costs in Jetty at all; against {@link FilterEndpointBenchmark}, what Tollgate's own work costs. The full
 * run measures its repeated-token leg with the other two, with more forks; run the three alone with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main 'endpoint.*repeatedToken$' -t 1 -f 3}.
 */
public class PassThroughFilterEndpointBenchmark extends EndpointBenchmark {

  @Override
  protected AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) {
    context.addFilter(new FilterHolder(new PassThroughFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    return () -> { };
  }

  /** Sets an attribute and wraps the request, as an authentication filter would; checks nothing. */
  static final class PassThroughFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      request.setAttribute("pass-through", true);
      chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request), response);
    }
  }
}
