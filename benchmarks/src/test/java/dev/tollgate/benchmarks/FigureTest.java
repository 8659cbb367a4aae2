package dev.tollgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void nanosPerOpWhenThroughputThenInverse() {
    Figure figure = new Figure("A.b", 1, 40_000, 100, "ops/s", 6000);
    assertTrue(figure.isThroughput());
    assertEquals(25_000, figure.nanosPerOp(), 1e-6);
  }

  @Test
  void nanosPerOpWhenTimePerOpThenScaledByUnit() {
    assertFalse(new Figure("A.b", 1, 2, 0, "ms/op", Double.NaN).isThroughput());
    assertEquals(2_000_000, new Figure("A.b", 1, 2, 0, "ms/op", Double.NaN).nanosPerOp(), 1e-6);
    assertEquals(2_000, new Figure("A.b", 1, 2, 0, "us/op", Double.NaN).nanosPerOp(), 1e-6);
    assertEquals(2e9, new Figure("A.b", 1, 2, 0, "s/op", Double.NaN).nanosPerOp(), 1e-6);
  }

  @Test
  void nanosPerOpWhenUnknownUnitThenRejected() {
    assertThrows(IllegalStateException.class, () -> new Figure("A.b", 1, 2, 0, "min/op", 0).nanosPerOp());
  }
}
