package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeysUnavailableExceptionTest {

  @Test
  void constructorWhenValidThenRetryAfterAndCauseKept() {
    IOException cause = new IOException("down");
    KeysUnavailableException unavailable = new KeysUnavailableException("keys down", Duration.ofSeconds(3), cause);

    assertEquals(Duration.ofSeconds(3), unavailable.retryAfter());
    assertSame(cause, unavailable.getCause());
  }

  @Test
  void constructorWhenRetryAfterIsNegativeThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class,
        () -> new KeysUnavailableException("x", Duration.ofSeconds(-1), null));
  }
}
