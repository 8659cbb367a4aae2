package dev.tollgate.backend;

import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.internal.CappedBody;
import dev.tollgate.internal.ClerkApi;
import dev.tollgate.internal.HttpExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Sends Backend API requests: the secret key as bearer token, a whole-exchange timeout, a capped body, Clerk's
 * error body turned into a {@link BackendApiException}, and retries as {@link RetryPolicy} allows, waiting through
 * the {@link Sleeper}. Messages name the method and path, never the secret key, a query or a body.
 */
final class ApiTransport {

  /** Largest response body read: 4 MiB, far above a page of 500 sessions. */
  static final int MAX_RESPONSE_BYTES = 4 << 20;

  private static final String USER_AGENT = "tollgate";

  private final HttpClient client;
  private final String baseUrl;
  private final String secretKey;
  private final Duration requestTimeout;
  private final RetryPolicy retries;
  private final Sleeper sleeper;
  private final Clock clock;

  ApiTransport(HttpClient client, URI apiUrl, String secretKey, Duration requestTimeout, RetryPolicy retries,
      Sleeper sleeper, Clock clock) {
    this.client = client;
    this.baseUrl = ClerkApi.v1(apiUrl);
    this.secretKey = secretKey;
    this.requestTimeout = requestTimeout;
    this.retries = retries;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** {@code GET /v1{path}[?query]}; retried as an idempotent call. */
  byte[] get(String path, @Nullable String query) throws BackendApiException {
    return execute("GET", path, query, null);
  }

  /** {@code POST /v1{path}} with a JSON body, or none; retried only when Clerk certainly did not act on it. */
  byte[] post(String path, @Nullable String jsonBody) throws BackendApiException {
    return execute("POST", path, null, jsonBody);
  }

  private byte[] execute(String method, String path, @Nullable String query, @Nullable String jsonBody)
      throws BackendApiException {
    HttpRequest request = request(method, path, query, jsonBody);
    String call = method + " /v1" + path;
    boolean idempotent = method.equals("GET");
    long waited = 0;
    for (int attempt = 1; ; attempt++) {
      Failure failure;
      try {
        HttpResponse<CappedBody> response = send(request, call);
        HttpExchange.Failure answer = HttpExchange.failure(response);
        if (answer == null) {
          return response.body().bytes();
        }
        if (answer == HttpExchange.Failure.TOO_LARGE) {
          throw new BackendApiException(ErrorKind.INVALID_RESPONSE, call + " answered with more than "
              + MAX_RESPONSE_BYTES + " bytes", response.statusCode(), List.of(), null, null, null);
        }
        failure = statusFailure(call, response);
      } catch (Failure sendFailure) {
        failure = sendFailure;
      }
      BackendApiException exception = failure.exception;
      long delay = RetryPolicy.isRetryable(exception.kind(), idempotent, failure.notSent)
          ? retries.delayMillis(attempt, waited, exception.retryAfter().orElse(null)) : -1;
      if (delay < 0) {
        throw attempt == 1 ? exception : afterAttempts(exception, attempt);
      }
      pause(delay, call);
      waited += delay;
    }
  }

  private HttpRequest request(String method, String path, @Nullable String query, @Nullable String jsonBody) {
    URI uri = URI.create(baseUrl + path + (query == null ? "" : "?" + query));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Authorization", "Bearer " + secretKey)
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT);
    if (jsonBody != null) {
      builder.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    } else {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return builder.build();
  }

  private HttpResponse<CappedBody> send(HttpRequest request, String call) throws Failure {
    CompletableFuture<HttpResponse<CappedBody>> exchange =
        HttpExchange.send(client, request, MAX_RESPONSE_BYTES, requestTimeout);
    try {
      return exchange.get();
    } catch (InterruptedException interrupted) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(ErrorKind.INTERRUPTED, call + " was interrupted", false, null);
    } catch (ExecutionException failed) {
      throw classify(failed, call);
    }
  }

  private Failure classify(ExecutionException failed, String call) {
    HttpExchange.Failure failure = HttpExchange.failure(failed);
    Throwable cause = failed.getCause();
    return switch (failure) {
      case NOT_STARTED -> new Failure(ErrorKind.CONNECTION_FAILED, "could not start " + call, true, cause);
      case CONNECT_TIMEOUT -> new Failure(ErrorKind.TIMEOUT, "connecting for " + call + " timed out", true, cause);
      case TIMEOUT -> new Failure(ErrorKind.TIMEOUT,
          call + " got no complete answer within " + requestTimeout.toMillis() + " ms", false, cause);
      case CONNECT_FAILED -> new Failure(ErrorKind.CONNECTION_FAILED, "could not connect for " + call, true, cause);
      case FAILED, STATUS, TOO_LARGE -> new Failure(ErrorKind.CONNECTION_FAILED,
          call + " failed: " + HttpExchange.causeType(failed), false, cause);
    };
  }

  private Failure statusFailure(String call, HttpResponse<CappedBody> response) {
    int status = response.statusCode();
    ErrorBody body = ErrorBody.parse(response.body(), secretKey);
    Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
        clock.instant());
    ErrorKind kind = kind(status);
    StringBuilder message = new StringBuilder();
    if (kind == ErrorKind.UNAUTHORIZED) {
      message.append("the Backend API rejected the secret key (").append(call)
          .append(" answered 401): check CLERK_SECRET_KEY");
    } else {
      message.append(call).append(" answered ").append(status);
    }
    if (!body.errors().isEmpty()) {
      message.append(": ").append(body.errors().get(0));
    }
    if (body.traceId() != null) {
      message.append(" (clerk_trace_id ").append(body.traceId()).append(')');
    }
    return new Failure(new BackendApiException(kind, message.toString(), status, body.errors(), body.traceId(),
        retryAfter, null), false);
  }

  static ErrorKind kind(int status) {
    switch (status) {
      case 400:
        return ErrorKind.BAD_REQUEST;
      case 401:
        return ErrorKind.UNAUTHORIZED;
      case 403:
        return ErrorKind.FORBIDDEN;
      case 404:
        return ErrorKind.NOT_FOUND;
      case 422:
        return ErrorKind.UNPROCESSABLE;
      case 429:
        return ErrorKind.RATE_LIMITED;
      default:
        if (status >= 400 && status <= 499) {
          return ErrorKind.CLIENT_ERROR;
        }
        return status >= 500 && status <= 599 ? ErrorKind.SERVER_ERROR : ErrorKind.UNEXPECTED_STATUS;
    }
  }

  private static BackendApiException afterAttempts(BackendApiException last, int attempts) {
    BackendApiException exception = last.copy(last.getMessage() + " (after " + attempts + " attempts)",
        last.getCause());
    exception.setStackTrace(last.getStackTrace());
    return exception;
  }

  private void pause(long millis, String call) throws BackendApiException {
    if (millis == 0) {
      return;
    }
    try {
      sleeper.sleep(Duration.ofMillis(millis));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new BackendApiException(ErrorKind.INTERRUPTED, call + " was interrupted while waiting to retry");
    }
  }

  /** One failed attempt: the exception it would end the call with, and whether the request was surely not sent. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    final BackendApiException exception;
    final boolean notSent;

    Failure(BackendApiException exception, boolean notSent) {
      super(null, null, false, false);
      this.exception = exception;
      this.notSent = notSent;
    }

    Failure(ErrorKind kind, String message, boolean notSent, @Nullable Throwable cause) {
      this(new BackendApiException(kind, message, 0, List.of(), null, null, cause), notSent);
    }
  }
}
