package dev.tollgate.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One benchmark thread's walk through the fixture's pool of distinct valid tokens: each call to
 * {@link #next()} returns the next token, wrapping around. Threads start a pool's fraction apart so two
 * threads never present the same token at the same time. Setting up the first cursor of a JVM also runs
 * {@link RsaWarmup}. Per JMH thread, so not shared.
 */
@State(Scope.Thread)
public class TokenCursor {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private String[] tokens = new String[0];
  private int mask;
  private int next;

  /** Loads the pool of {@link BenchmarkFixture#shared()} and warms the JDK's RSA code. */
  @Setup
  public void setUp() {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    RsaWarmup.once(fixture);
    tokens = fixture.tokens();
    mask = tokens.length - 1;
    next = (THREADS.getAndIncrement() * 1031) & mask;
  }

  /** @return the next pool token */
  public String next() {
    return tokens[next++ & mask];
  }
}
