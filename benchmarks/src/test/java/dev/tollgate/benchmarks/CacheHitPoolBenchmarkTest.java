package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CacheHitPoolBenchmarkTest {

  private static final int POOL = 32;

  private final CacheHitPoolBenchmark.Pool pool = new CacheHitPoolBenchmark.Pool();
  private final CacheHitPoolBenchmark.Cursor cursor = new CacheHitPoolBenchmark.Cursor();
  private final CacheHitPoolBenchmark benchmark = new CacheHitPoolBenchmark();

  @BeforeEach
  void setUp() throws Exception {
    System.setProperty(CacheHitPoolBenchmark.POOL_SIZE_PROPERTY, Integer.toString(POOL));
    try {
      pool.setUp();
    } finally {
      System.clearProperty(CacheHitPoolBenchmark.POOL_SIZE_PROPERTY);
    }
    cursor.setUp(pool);
  }

  @AfterEach
  void tearDown() {
    pool.tearDown();
  }

  @Test
  void tollgateWhenThePoolIsCachedThenEveryCallIsTheCachedSessionOfTheNextToken() throws Exception {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < POOL; i++) {
      int index = cursor.next;
      Session session = benchmark.tollgate(pool, cursor);
      assertSame(pool.tokens[index], session.token(), "call " + i);
      assertSame(session, pool.verifier.verify(pool.tokens[index]), "a hit answers the cached session");
      seen.add(session.token());
    }
    assertEquals(POOL, seen.size(), "one pass visits every token of the pool");
  }

  @Test
  void tollgateWhenWarmThenAHitAllocatesNothing() throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (int i = 0; i < 200_000; i++) {
      benchmark.tollgate(pool, cursor);  // warm, so the compiled hit path is what is measured
    }

    int hits = 100_000;
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < hits; i++) {
      benchmark.tollgate(pool, cursor);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    // Slack for a compilation landing inside the loop; one small object per hit would be 1.6 MB.
    assertTrue(allocated < 10_000, "bytes allocated by " + hits + " cache hits: " + allocated);
  }
}
