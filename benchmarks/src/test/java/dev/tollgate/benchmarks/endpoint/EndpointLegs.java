package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.benchmarks.TokenCursor;

/** Drives an endpoint leg the way JMH does, for the tests of each leg. */
final class EndpointLegs {

  private EndpointLegs() {}

  /** Starts the leg's server, asserts 200 for fresh and repeated tokens alike, and stops it. */
  static void assertServesFreshAndRepeatedTokens(EndpointBenchmark leg) throws Exception {
    leg.startServer();
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    try {
      for (int i = 0; i < 20; i++) {
        assertEquals(200, leg.freshToken(cursor));
        assertEquals(200, leg.repeatedToken());
      }
    } finally {
      leg.stopServer();
    }
  }
}
