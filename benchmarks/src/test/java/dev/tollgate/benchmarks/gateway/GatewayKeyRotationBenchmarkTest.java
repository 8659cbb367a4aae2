package dev.tollgate.benchmarks.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.benchmarks.TokenCursor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key-rotation leg, driven the way JMH drives an iteration, with the key endpoint holding 1 s instead of 2. */
class GatewayKeyRotationBenchmarkTest {

  private static final GatewayKeyRotationBenchmark BENCHMARK = new GatewayKeyRotationBenchmark();

  @BeforeAll
  static void startPeers() throws Exception {
    BENCHMARK.hold(Duration.ofSeconds(1));
    BENCHMARK.startPeers();
  }

  @AfterAll
  static void stopPeers() {
    BENCHMARK.stopPeers();
  }

  @Test
  void knownKidWhenRotatedKeyFetchInFlightThenOkAndTheIterationPasses() throws Exception {
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    BENCHMARK.startGatewayAndRotate();
    long started = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertEquals(200, BENCHMARK.knownKid(cursor), "a known-kid token " + i + " during the fetch");
    }
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    BENCHMARK.checkRotationAndStopGateway();

    assertTrue(tookMillis < 500, "5 known-kid requests took " + tookMillis + " ms while the fetch was held 1 s");
  }

  @Test
  void checkRotationWhenTheFetchEndedBeforeTheIterationThenTheIterationFails() throws Exception {
    BENCHMARK.startGatewayAndRotate();
    assertEquals(200, BENCHMARK.rotation().get(10, TimeUnit.SECONDS), "the rotated request, once its key arrived");

    IllegalStateException failed = assertThrows(IllegalStateException.class,
        BENCHMARK::checkRotationAndStopGateway);

    assertTrue(failed.getMessage().contains("the key fetch ended before the iteration did"), failed.getMessage());
  }

  @Test
  void bothKeysWhenTwoSetsThenOneSetWithBothKeysInOrder() {
    assertEquals("{\"keys\":[{\"kid\":\"a\"},{\"kid\":\"b\"}]}",
        GatewayKeyRotationBenchmark.bothKeys("{\"keys\":[{\"kid\":\"a\"}]}", "{\"keys\":[{\"kid\":\"b\"}]}"));
  }
}
