package dev.tollgate.benchmarks.endpoint;

import dev.tollgate.benchmarks.BenchmarkFixture;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The baseline leg of scenario 5: the endpoint with nothing in front of it. The tokens still travel in the
 * {@code Authorization} header, so the bytes on the wire match the leg with the filter.
 */
public class NoFilterEndpointBenchmark extends EndpointBenchmark {

  @Override
  protected AutoCloseable install(ServletContextHandler context, BenchmarkFixture fixture) {
    return () -> { };
  }
}
