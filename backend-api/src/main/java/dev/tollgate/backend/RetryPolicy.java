package dev.tollgate.backend;

import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.internal.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a failed attempt is tried again and how long to wait first.
 *
 * <p><strong>What is retried.</strong> A {@code GET} (idempotent) is retried after a 429, a 5xx or a failed
 * connection. A {@code POST} is retried only when Clerk certainly did not act on it: after a 429 (the rate limiter
 * turned the request away) or when no connection could be made (so nothing was sent). A {@code POST} is never
 * retried after a 5xx, a timeout or a connection lost after sending, since Clerk may have revoked the session or
 * minted the token already. Request timeouts are not retried for any method: the caller's time is spent.
 *
 * <p><strong>How long to wait.</strong> The server's {@code Retry-After} (delay-seconds or an HTTP-date, RFC 9110
 * §10.2.3 and §5.6.7) when it sent one; otherwise exponential backoff with jitter, a random delay in [d/2, d] with
 * d = min({@value #BASE_DELAY_MILLIS} ms × 2^(n-1), {@value #MAX_BACKOFF_MILLIS} ms) after the n-th failure. There
 * are at most {@code maxAttempts} attempts, and no retry whose wait would take the call's total waiting beyond
 * {@code maxTotalWait}: the call then fails at once, with the server's {@code Retry-After} in the exception.
 */
final class RetryPolicy {

  /** First backoff ceiling: {@value} ms. */
  static final long BASE_DELAY_MILLIS = 250;

  /** Largest backoff ceiling: {@value} ms. */
  static final long MAX_BACKOFF_MILLIS = 2000;

  private static final Backoff BACKOFF =
      new Backoff(Duration.ofMillis(BASE_DELAY_MILLIS), Duration.ofMillis(MAX_BACKOFF_MILLIS));

  /** Longest delay-seconds value read before treating it as "too long": about 31 years. */
  private static final int MAX_SECONDS_DIGITS = 9;

  /** rfc850-date after its weekday, for example {@code 06-Nov-94 08:49:37 GMT}; years read as 2000-2099. */
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
      .appendPattern("dd-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
      .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.ROOT);

  /** asctime-date, for example {@code Sun Nov  6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
      Locale.ROOT);

  private final int maxAttempts;
  private final long maxTotalWaitMillis;
  private final LongUnaryOperator jitter;

  /**
   * @param jitter maps a ceiling d to the delay to use, in [d/2, d]; {@link #randomJitter()} in production
   */
  RetryPolicy(int maxAttempts, Duration maxTotalWait, LongUnaryOperator jitter) {
    this.maxAttempts = maxAttempts;
    this.maxTotalWaitMillis = maxTotalWait.toMillis();
    this.jitter = jitter;
  }

  /** Equal jitter ({@link Backoff#jittered}): uniform in [d/2, d]. */
  static LongUnaryOperator randomJitter() {
    return ceiling -> Backoff.jittered(ceiling, Backoff.randomJitter().getAsDouble());
  }

  /** Whether a failure of this kind may be retried for this method. */
  static boolean isRetryable(ErrorKind kind, boolean idempotent, boolean notSent) {
    switch (kind) {
      case RATE_LIMITED:
        return true;
      case SERVER_ERROR:
        return idempotent;
      case CONNECTION_FAILED:
        return idempotent || notSent;
      default:
        return false;
    }
  }

  /**
   * The wait before the next attempt.
   *
   * @param attemptsMade attempts so far, at least 1
   * @param waitedMillis the total of the waits so far
   * @param retryAfter the server's {@code Retry-After}, or {@code null}
   * @return the wait in milliseconds, or -1 to give up
   */
  long delayMillis(int attemptsMade, long waitedMillis, @Nullable Duration retryAfter) {
    if (attemptsMade >= maxAttempts) {
      return -1;
    }
    long delay;
    if (retryAfter != null) {
      delay = retryAfter.toMillis();
    } else {
      delay = jitter.applyAsLong(BACKOFF.ceilingMillis(attemptsMade));
    }
    return delay > maxTotalWaitMillis - waitedMillis ? -1 : delay;
  }

  /**
   * Reads a {@code Retry-After} value: delay-seconds or an HTTP-date (IMF-fixdate, or the obsolete rfc850 and
   * asctime forms).
   *
   * @param value the header value, or {@code null}
   * @param now the current time, for dates
   * @return the wait (zero for a date in the past), or {@code null} if absent or unreadable
   * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
   */
  static @Nullable Duration parseRetryAfter(@Nullable String value, Instant now) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (text.length() > MAX_SECONDS_DIGITS) {
        return Duration.ofSeconds(999_999_999L);
      }
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Instant date = httpDate(text, now);
    if (date == null) {
      return null;
    }
    return date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO;
  }

  /** IMF-fixdate, or one of the obsolete rfc850-date and asctime-date forms recipients must also accept. */
  private static @Nullable Instant httpDate(String text, Instant now) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notImfFixdate) {
      // try the obsolete forms
    }
    int comma = text.indexOf(", ");
    if (comma > 0) {
      try {
        // The weekday is skipped: it cannot be checked before the century of the two-digit year is chosen.
        Instant date = LocalDateTime.parse(text.substring(comma + 2), RFC_850).toInstant(ZoneOffset.UTC);
        // A year more than 50 years ahead is the most recent past year with the same last two digits.
        return date.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(50).toInstant())
            ? date.atOffset(ZoneOffset.UTC).minusYears(100).toInstant() : date;
      } catch (DateTimeParseException notRfc850) {
        return null;
      }
    }
    try {
      return LocalDateTime.parse(text, ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
