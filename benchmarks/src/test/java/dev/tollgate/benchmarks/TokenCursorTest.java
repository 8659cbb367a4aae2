package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCursorTest {

  @Test
  void nextWhenCalledPoolSizeTimesThenEveryTokenOnceThenWraps() {
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    Set<String> seen = new HashSet<>();
    String first = cursor.next();
    seen.add(first);
    for (int i = 1; i < fixture.poolSize(); i++) {
      seen.add(cursor.next());
    }
    assertEquals(Set.copyOf(List.of(fixture.tokens())), seen);
    assertEquals(first, cursor.next());
  }
}
