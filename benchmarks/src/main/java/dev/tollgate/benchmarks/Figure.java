package dev.tollgate.benchmarks;

import java.util.Objects;

/**
 * One measured figure: a benchmark at a thread count, with its score, the half-width of the 99.9% confidence
 * interval JMH reports, the score unit, and bytes allocated per operation ({@code -prof gc},
 * {@code gc.alloc.rate.norm}; {@link Double#NaN} when not measured). Immutable.
 *
 * @param benchmark {@code SimpleClassName.method}
 * @param threads the JMH thread count
 * @param score the primary score
 * @param error the score error
 * @param unit the score unit, for example {@code ops/s} or {@code ms/op}
 * @param bytesPerOp bytes allocated per operation, or NaN
 */
public record Figure(String benchmark, int threads, double score, double error, String unit, double bytesPerOp) {

  /** Checks the names. */
  public Figure {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(unit, "unit");
  }

  /** @return {@code true} for a throughput figure (higher is better), {@code false} for a time per operation */
  public boolean isThroughput() {
    return unit.endsWith("/s");
  }

  /** @return the time of one operation in nanoseconds, from either kind of score */
  public double nanosPerOp() {
    if (isThroughput()) {
      return 1e9 / score;
    }
    String timeUnit = unit.substring(0, unit.indexOf('/'));
    switch (timeUnit) {
      case "s":
        return score * 1e9;
      case "ms":
        return score * 1e6;
      case "us":
        return score * 1e3;
      case "ns":
        return score;
      default:
        throw new IllegalStateException("unknown time unit " + unit);
    }
  }
}
