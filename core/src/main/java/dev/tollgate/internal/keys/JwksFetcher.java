package dev.tollgate.internal.keys;

import dev.tollgate.internal.CappedBody;
import dev.tollgate.internal.Futures;
import dev.tollgate.keys.KeyFetchFailure.Kind;
import dev.tollgate.keys.KeyFetchFailure;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a JWKS document over HTTP without blocking: one GET with a whole-request timeout, no redirects
 * (the client is expected to be configured with {@code Redirect.NEVER}), a body capped at
 * {@code maxBodyBytes} while it streams ({@link CappedBody}), and the {@code Cache-Control: max-age} it came
 * with. Failures complete
 * the future with a {@link KeySetException} whose message never contains the secret or the body.
 */
public final class JwksFetcher {

  /** A fetched body and the upstream's {@code max-age}, if it sent one. */
  public static final class Response {
    private final byte[] body;
    private final OptionalLong maxAgeSeconds;

    Response(byte[] body, OptionalLong maxAgeSeconds) {
      this.body = body;
      this.maxAgeSeconds = maxAgeSeconds;
    }

    public byte[] body() {
      return body;
    }

    public OptionalLong maxAgeSeconds() {
      return maxAgeSeconds;
    }
  }

  private final HttpClient client;
  private final URI uri;
  private final @Nullable String bearerToken;
  private final Duration timeout;
  private final int maxBodyBytes;

  /**
   * @param bearerToken the Backend API secret key, or {@code null} for a public JWKS URL
   */
  public JwksFetcher(HttpClient client, URI uri, @Nullable String bearerToken, Duration timeout, int maxBodyBytes) {
    this.client = Objects.requireNonNull(client, "client");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.bearerToken = bearerToken;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxBodyBytes = maxBodyBytes;
  }

  public URI uri() {
    return uri;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Starts a fetch; the future fails with {@link KeySetException} (possibly wrapped) on any failure. */
  public CompletableFuture<Response> fetch() {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .GET()
        .timeout(timeout)
        .header("Accept", "application/json");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    CompletableFuture<HttpResponse<CappedBody>> exchange;
    try {
      exchange = client.sendAsync(request.build(), CappedBody.handler(maxBodyBytes));
    } catch (RuntimeException refused) {
      return CompletableFuture.failedFuture(
          new KeySetException(Kind.CONNECTION_FAILED, "could not start a request to " + endpoint()));
    }
    // HttpRequest.timeout covers the response headers only; this bounds the body as well.
    CompletableFuture<Response> result = exchange
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((response, error) -> {
          if (error != null) {
            exchange.cancel(true);
            throw new CompletionException(classify(error));
          }
          return toResponse(response);
        });
    return result;
  }

  private Response toResponse(HttpResponse<CappedBody> response) {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new CompletionException(new KeySetException(new KeyFetchFailure(Kind.UNAUTHORIZED,
          endpoint() + " answered " + status + (bearerToken != null
              ? ": the Backend API rejected the secret key (check CLERK_SECRET_KEY)" : ""), status)));
    }
    if (status < 200 || status > 299) {
      throw new CompletionException(new KeySetException(
          new KeyFetchFailure(Kind.HTTP_ERROR, endpoint() + " answered " + status, status)));
    }
    if (response.body().truncated()) {
      throw new CompletionException(tooLarge());
    }
    return new Response(response.body().bytes(), CacheControl.maxAgeSeconds(
        response.headers().allValues("Cache-Control")));
  }

  private KeySetException classify(Throwable error) {
    Throwable cause = Futures.unwrap(error);
    if (cause instanceof KeySetException) {
      return (KeySetException) cause;
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new KeySetException(Kind.TIMEOUT, "connecting to " + endpoint() + " timed out");
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return new KeySetException(Kind.TIMEOUT, endpoint() + " did not answer within " + timeout.toMillis() + " ms");
    }
    if (cause instanceof ConnectException) {
      return new KeySetException(Kind.CONNECTION_FAILED, "could not connect to " + endpoint());
    }
    return new KeySetException(Kind.CONNECTION_FAILED,
        "request to " + endpoint() + " failed: " + cause.getClass().getSimpleName());
  }

  /** The URL without query or user info: nothing secret goes into messages. */
  String endpoint() {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath();
  }

  private KeySetException tooLarge() {
    return new KeySetException(Kind.RESPONSE_TOO_LARGE,
        endpoint() + " sent more than " + maxBodyBytes + " bytes");
  }
}
