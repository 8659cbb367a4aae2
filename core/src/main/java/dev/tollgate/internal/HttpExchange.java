package dev.tollgate.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange as Tollgate's two HTTP callers (the key fetcher and the Backend API client) make it: a
 * response body capped while it streams ({@link CappedBody}), one timeout for the whole exchange, body included,
 * and one classification of what went wrong ({@link Failure}), which each caller turns into its own public kind
 * and message. Thread-safe.
 */
public final class HttpExchange {

  /** Why an exchange gave no usable answer. */
  public enum Failure {
    /** The client refused to start the request: nothing was sent. */
    NOT_STARTED,
    /** Connecting timed out: nothing was sent. */
    CONNECT_TIMEOUT,
    /** The connection could not be made: nothing was sent. */
    CONNECT_FAILED,
    /** No complete answer within the timeout; the peer may have received the request. */
    TIMEOUT,
    /** Another failure after connecting (reset, protocol error); the peer may have received the request. */
    FAILED,
    /** An answer with a status outside 2xx. */
    STATUS,
    /** A success whose body exceeded the cap. */
    TOO_LARGE;

    /**
     * Whether the request certainly never reached the peer, so even a non-idempotent one may be sent again.
     *
     * @return {@code true} for {@link #NOT_STARTED}, {@link #CONNECT_TIMEOUT} and {@link #CONNECT_FAILED}
     */
    public boolean notSent() {
      return this == NOT_STARTED || this == CONNECT_TIMEOUT || this == CONNECT_FAILED;
    }
  }

  private HttpExchange() {}

  /**
   * Starts the exchange. {@code HttpRequest.timeout} bounds only the wait for the headers; {@code timeout} bounds
   * the body as well. When the exchange fails or times out, or the returned future is cancelled, the underlying
   * request is cancelled too.
   *
   * @param client the client (its redirect policy is the caller's concern)
   * @param request the request
   * @param maxBodyBytes the body cap
   * @param timeout the bound on the whole exchange
   * @return the response, whatever its status; fails with an error {@link #failure(Throwable)} classifies
   */
  public static CompletableFuture<HttpResponse<CappedBody>> send(HttpClient client, HttpRequest request,
      int maxBodyBytes, Duration timeout) {
    CompletableFuture<HttpResponse<CappedBody>> exchange;
    try {
      exchange = client.sendAsync(request, CappedBody.handler(maxBodyBytes));
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(new NotStarted(refused));
    }
    CompletableFuture<HttpResponse<CappedBody>> bounded = exchange.copy()
        .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    bounded.whenComplete((response, error) -> {
      if (error != null) {
        exchange.cancel(true);
      } else {
        response.body().stopReading();
      }
    });
    return bounded;
  }

  /**
   * What a failed exchange means.
   *
   * @param error what the future of {@link #send} failed with, wrapped or not
   * @return {@link Failure#NOT_STARTED}, {@link Failure#CONNECT_TIMEOUT}, {@link Failure#CONNECT_FAILED},
   *     {@link Failure#TIMEOUT} or {@link Failure#FAILED}
   */
  public static Failure failure(Throwable error) {
    Throwable cause = Futures.unwrap(error);
    if (cause instanceof NotStarted) {
      return Failure.NOT_STARTED;
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return Failure.CONNECT_TIMEOUT;
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return Failure.TIMEOUT;
    }
    if (cause instanceof ConnectException) {
      return Failure.CONNECT_FAILED;
    }
    return Failure.FAILED;
  }

  /**
   * What an answer means.
   *
   * @param response an answer {@link #send} produced
   * @return {@link Failure#STATUS} outside 2xx, {@link Failure#TOO_LARGE} for a success beyond the cap, or
   *     {@code null} for a usable success
   */
  public static @Nullable Failure failure(HttpResponse<CappedBody> response) {
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      return Failure.STATUS;
    }
    return response.body().truncated() ? Failure.TOO_LARGE : null;
  }

  /**
   * The type of what failed, for a message that says what happened without echoing anything the peer sent.
   *
   * @param error what the future of {@link #send} failed with, wrapped or not
   * @return the simple class name of the innermost cause, for example {@code IOException}
   */
  public static String causeType(Throwable error) {
    Throwable cause = Futures.unwrap(error);
    Throwable refused = cause instanceof NotStarted notStarted ? notStarted.getCause() : null;
    return (refused != null ? refused : cause).getClass().getSimpleName();
  }

  /** The client refused the request synchronously. */
  private static final class NotStarted extends IOException {
    private static final long serialVersionUID = 1L;

    NotStarted(RuntimeException cause) {
      super("the HTTP client refused the request", cause);
    }
  }
}
