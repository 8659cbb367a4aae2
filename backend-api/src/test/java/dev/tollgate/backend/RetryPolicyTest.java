package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.backend.BackendApiException.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");
  private static final LongUnaryOperator NO_JITTER = ceiling -> ceiling;

  @ParameterizedTest(name = "{0} idempotent={1} notSent={2} -> {3}")
  @CsvSource({
      "RATE_LIMITED, true, false, true", "RATE_LIMITED, false, false, true",
      "SERVER_ERROR, true, false, true", "SERVER_ERROR, false, false, false",
      "CONNECTION_FAILED, true, false, true", "CONNECTION_FAILED, false, true, true",
      "CONNECTION_FAILED, false, false, false",
      "TIMEOUT, true, false, false", "TIMEOUT, true, true, false", "TIMEOUT, false, true, false",
      "UNAUTHORIZED, true, false, false", "NOT_FOUND, true, false, false", "UNPROCESSABLE, true, false, false",
      "BAD_REQUEST, true, false, false", "INVALID_RESPONSE, true, false, false", "INTERRUPTED, true, false, false",
  })
  void isRetryableWhenKindAndMethodThenOnlyWhenSafe(ErrorKind kind, boolean idempotent, boolean notSent,
      boolean retryable) {
    assertEquals(retryable, RetryPolicy.isRetryable(kind, idempotent, notSent));
  }

  @Test
  void delayMillisWhenNoRetryAfterThenExponentialFrom250MillisCappedAt2Seconds() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(60), NO_JITTER);

    assertEquals(250, policy.delayMillis(1, 0, null));
    assertEquals(500, policy.delayMillis(2, 0, null));
    assertEquals(1000, policy.delayMillis(3, 0, null));
    assertEquals(2000, policy.delayMillis(4, 0, null));
    assertEquals(2000, policy.delayMillis(9, 0, null));
  }

  @Test
  void delayMillisWhenRetryAfterThenExactlyTheServersWait() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(5), NO_JITTER);

    assertEquals(3000, policy.delayMillis(1, 0, Duration.ofSeconds(3)));
    assertEquals(0, policy.delayMillis(1, 0, Duration.ZERO));
  }

  @Test
  void delayMillisWhenAttemptsExhaustedThenGiveUp() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(5), NO_JITTER);

    assertEquals(500, policy.delayMillis(2, 0, null));
    assertEquals(-1, policy.delayMillis(3, 0, null));
    assertEquals(-1, new RetryPolicy(1, Duration.ofSeconds(5), NO_JITTER).delayMillis(1, 0, null));
  }

  @Test
  void delayMillisWhenWaitWouldExceedTotalBudgetThenGiveUp() {
    RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(5), NO_JITTER);

    assertEquals(-1, policy.delayMillis(1, 0, Duration.ofSeconds(6)));
    assertEquals(5000, policy.delayMillis(1, 0, Duration.ofSeconds(5)));
    assertEquals(-1, policy.delayMillis(2, 4600, null));
    assertEquals(500, policy.delayMillis(2, 4500, null));
  }

  @Test
  void randomJitterWhenSampledThenWithinHalfToFullCeiling() {
    LongUnaryOperator jitter = RetryPolicy.randomJitter();
    for (int i = 0; i < 2000; i++) {
      long delay = jitter.applyAsLong(1000);
      assertTrue(delay >= 500 && delay <= 1000, "delay " + delay);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0 | PT0S", "7 | PT7S", " 120 | PT2M", "Wed, 21 Oct 2015 07:28:02 GMT | PT2S",
      "Wed, 21 Oct 2015 07:27:00 GMT | PT0S", "Wed, 21 Oct 2015 08:28:00 GMT | PT1H",
      "9999999999 | PT277777H46M39S", "Wednesday, 21-Oct-15 07:28:05 GMT | PT5S",
      "Wed Oct 21 07:28:09 2015 | PT9S", "Wed Oct  7 07:28:09 2015 | PT0S",
  })
  void parseRetryAfterWhenSecondsOrHttpDateThenWait(String header, Duration expected) {
    assertEquals(expected, RetryPolicy.parseRetryAfter(header, NOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"-1", "1.5", "soon", "''", "3 s", "Wed, 32 Oct 2015 07:28:00 GMT",
      "21 Oct 2015 07:28:00", "Wednesday, 21-Oct-2015 07:28:00 GMT"})
  void parseRetryAfterWhenUnreadableThenNull(String header) {
    assertNull(RetryPolicy.parseRetryAfter(header, NOW));
  }

  @Test
  void parseRetryAfterWhenRfc850YearWouldBeMoreThan50YearsAheadThenPreviousCentury() {
    String header = "Thursday, 21-Oct-99 07:28:00 GMT";

    assertEquals(Duration.ZERO, RetryPolicy.parseRetryAfter(header, Instant.parse("2010-01-01T00:00:00Z")));
    assertEquals(Duration.between(Instant.parse("2060-01-01T00:00:00Z"), Instant.parse("2099-10-21T07:28:00Z")),
        RetryPolicy.parseRetryAfter(header, Instant.parse("2060-01-01T00:00:00Z")));
  }

  @Test
  void parseRetryAfterWhenAbsentThenNull() {
    assertNull(RetryPolicy.parseRetryAfter(null, NOW));
  }
}
