package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tollgate.Session;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CacheHitPoolBenchmarkTest {

  @Test
  void tollgateWhenThePoolIsCachedThenEveryCallIsTheCachedSessionOfTheNextToken() throws Exception {
    System.setProperty(CacheHitPoolBenchmark.POOL_SIZE_PROPERTY, "8");
    CacheHitPoolBenchmark.Pool pool = new CacheHitPoolBenchmark.Pool();
    try {
      pool.setUp();
      CacheHitPoolBenchmark.Cursor cursor = new CacheHitPoolBenchmark.Cursor();
      cursor.setUp(pool);
      CacheHitPoolBenchmark benchmark = new CacheHitPoolBenchmark();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 8; i++) {
        int index = cursor.next;
        Session session = benchmark.tollgate(pool, cursor);
        assertSame(pool.tokens[index], session.token(), "call " + i);
        assertSame(session, pool.verifier.verify(pool.tokens[index]), "a hit answers the cached session");
        seen.add(session.token());
      }
      assertEquals(8, seen.size(), "one pass visits every token of the pool");
    } finally {
      System.clearProperty(CacheHitPoolBenchmark.POOL_SIZE_PROPERTY);
      pool.tearDown();
    }
  }
}
