package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class FreshTokensBenchmarkTest {

  private final FreshTokensBenchmark benchmark = new FreshTokensBenchmark();

  private static TokenCursor cursor() {
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    return cursor;
  }

  @Test
  void tollgateWhenSetUpThenVerifiesEveryPoolToken() throws Exception {
    FreshTokensBenchmark.Tollgate state = new FreshTokensBenchmark.Tollgate();
    state.setUp();
    TokenCursor cursor = cursor();
    try {
      for (int i = 0; i < BenchmarkFixture.shared().poolSize(); i++) {
        assertEquals("org:admin", benchmark.tollgate(state, cursor).organization().orElseThrow().role().orElseThrow());
      }
    } finally {
      state.tearDown();
    }
  }

  @Test
  void contendersWhenSetUpThenEachVerifiesAPoolToken() throws Exception {
    TokenCursor cursor = cursor();
    FreshTokensBenchmark.Auth0 auth0 = new FreshTokensBenchmark.Auth0();
    auth0.setUp();
    assertNotNull(benchmark.auth0JavaJwt(auth0, cursor).getSubject());
    FreshTokensBenchmark.Jjwt jjwt = new FreshTokensBenchmark.Jjwt();
    jjwt.setUp();
    assertNotNull(benchmark.jjwt(jjwt, cursor).getSubject());
    FreshTokensBenchmark.ClerkSdk clerk = new FreshTokensBenchmark.ClerkSdk();
    clerk.setUp();
    assertNotNull(benchmark.clerkSdk(clerk, cursor));
    FreshTokensBenchmark.Nimbus nimbus = new FreshTokensBenchmark.Nimbus();
    nimbus.setUp();
    assertNotNull(benchmark.nimbusProcessor(nimbus, cursor).getSubject());
    FreshTokensBenchmark.Spring spring = new FreshTokensBenchmark.Spring();
    spring.setUp();
    assertNotNull(benchmark.springNimbusJwtDecoder(spring, cursor).getSubject());
  }
}
