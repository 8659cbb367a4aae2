package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.testing.RecordingLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GuardedTest {

  private final RecordingLogger log = new RecordingLogger();

  @Test
  void deliverWhenListenerWorksThenItReceivesEveryEventAndNothingIsLogged() {
    List<String> received = new ArrayList<>();
    Guarded<Consumer<String>> guarded = new Guarded<>(received::add, log, "test listener");

    guarded.deliver(Consumer::accept, "a");
    guarded.deliver(Consumer::accept, "b");

    assertEquals(List.of("a", "b"), received);
    assertEquals(List.of(), log.records());
  }

  @Test
  void deliverWhenListenerThrowsRepeatedlyThenIgnoredAndLoggedOnlyTheFirstTime() {
    int[] calls = new int[1];
    Consumer<String> throwing = event -> {
      calls[0]++;
      if (calls[0] == 1) {
        throw new IllegalStateException("first");
      }
      throw new NoClassDefFoundError("io/micrometer/Counter");
    };
    Guarded<Consumer<String>> guarded = new Guarded<>(throwing, log, "test listener");

    for (int i = 0; i < 3; i++) {
      guarded.deliver(Consumer::accept, "event " + i);
    }

    assertEquals(3, calls[0], "each event still reaches the listener");
    assertEquals(1, log.records().size(), () -> "records: " + log.records());
    String record = log.records().get(0);
    assertEquals("WARNING test listener " + throwing.getClass().getName()
        + " threw; ignored, and its further failures are not logged [java.lang.IllegalStateException: first]",
        record);
  }

  @Test
  void deliverWhenListenerFailsAnAssertionThenItPropagates() {
    Guarded<Consumer<String>> guarded = new Guarded<>(event -> {
      throw new AssertionError("a test's own assertion");
    }, log, "test listener");

    assertThrows(AssertionError.class, () -> guarded.deliver(Consumer::accept, "event"));
  }
}
