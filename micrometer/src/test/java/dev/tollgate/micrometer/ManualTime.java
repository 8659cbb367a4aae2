package dev.tollgate.micrometer;

import dev.tollgate.SessionVerifierBuilder;
import dev.tollgate.internal.keys.RefreshScheduler;
import dev.tollgate.testing.ManualScheduler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.DoubleSupplier;

/**
 * The builder's package-private test seams, as core's own tests use them: background refreshes run only when
 * the test runs the {@link ManualScheduler}, and every backoff falls half-way from d/2 to d, so fetch counts
 * are exact. The build opens {@code dev.tollgate} to this module's tests for it.
 */
final class ManualTime {

  private ManualTime() {}

  static SessionVerifierBuilder manualTime(SessionVerifierBuilder builder, ManualScheduler scheduler) {
    DoubleSupplier halfWay = () -> 0.5;
    invoke(builder, "refreshScheduler", RefreshScheduler.class, scheduler);
    invoke(builder, "backoffJitter", DoubleSupplier.class, halfWay);
    return builder;
  }

  private static void invoke(SessionVerifierBuilder builder, String seam, Class<?> type, Object argument) {
    try {
      Method method = SessionVerifierBuilder.class.getDeclaredMethod(seam, type);
      method.setAccessible(true);
      method.invoke(builder, argument);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("the builder's test seam " + seam + " is not reachable", e);
    }
  }
}
