package dev.tollgate.internal.keys;

import dev.tollgate.internal.CappedBody;
import dev.tollgate.internal.HttpExchange;
import dev.tollgate.observability.KeyFetchFailure.Kind;
import dev.tollgate.observability.KeyFetchFailure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

  private static final AtomicInteger WORKERS = new AtomicInteger();

  /** {@code null} once closed. */
  private volatile @Nullable HttpClient client;
  /** The executor of a client this fetcher created, or {@code null} for a client the application owns. */
  private final @Nullable ExecutorService ownExecutor;
  private final URI uri;
  private final @Nullable String bearerToken;
  private final Duration timeout;
  private final int maxBodyBytes;

  /**
   * @param bearerToken the Backend API secret key, or {@code null} for a public JWKS URL
   */
  public JwksFetcher(HttpClient client, URI uri, @Nullable String bearerToken, Duration timeout, int maxBodyBytes) {
    this(Objects.requireNonNull(client, "client"), null, uri, bearerToken, timeout, maxBodyBytes);
  }

  private JwksFetcher(HttpClient client, @Nullable ExecutorService ownExecutor, URI uri, @Nullable String bearerToken,
      Duration timeout, int maxBodyBytes) {
    this.client = client;
    this.ownExecutor = ownExecutor;
    this.uri = Objects.requireNonNull(uri, "uri");
    this.bearerToken = bearerToken;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * A fetcher with an HTTP client of its own, which {@link #close()} shuts down: HTTP/1.1, the given connect
   * timeout, no redirects, and worker threads of its own.
   */
  public static JwksFetcher withOwnClient(URI uri, @Nullable String bearerToken, Duration timeout, int maxBodyBytes,
      Duration connectTimeout) {
    ExecutorService executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "tollgate-keys-http-" + WORKERS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    // HTTP/1.1: one small GET every few minutes gains nothing from HTTP/2, and the JDK's cleartext HTTP/2
    // upgrade attempt costs about a second against servers that ignore it (loopback issuers, proxies).
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
    return new JwksFetcher(client, executor, uri, bearerToken, timeout, maxBodyBytes);
  }

  /**
   * Stops a client this fetcher created; one the application passed in is left alone. Later fetches fail
   * with {@link Kind#CLOSED}. On Java 21+ the client is closed; on Java 17, which has no {@code close()}, its
   * worker threads stop now and its selector thread ends once the client, no longer referenced here, is
   * garbage collected.
   */
  public void close() {
    HttpClient closing = client;
    client = null;
    if (ownExecutor == null || closing == null) {
      return;
    }
    if (closing instanceof AutoCloseable) {
      try {
        ((AutoCloseable) closing).close();
      } catch (Exception ignored) {
        // Closing is best effort; the executor below stops the threads either way.
      }
    }
    ownExecutor.shutdownNow();
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
    HttpClient http = client;
    if (http == null) {
      return CompletableFuture.failedFuture(new KeySetException(Kind.CLOSED, "the verifier is closed"));
    }
    return HttpExchange.send(http, request.build(), maxBodyBytes, timeout).handle((response, error) -> {
      if (error != null) {
        throw new CompletionException(classify(error));
      }
      return toResponse(response);
    });
  }

  private Response toResponse(HttpResponse<CappedBody> response) {
    HttpExchange.Failure failure = HttpExchange.failure(response);
    if (failure == HttpExchange.Failure.STATUS) {
      int status = response.statusCode();
      if (status == 401 || status == 403) {
        throw new CompletionException(new KeySetException(new KeyFetchFailure(Kind.UNAUTHORIZED,
            endpoint() + " answered " + status + (bearerToken != null
                ? ": the Backend API rejected the secret key (check CLERK_SECRET_KEY)" : ""), status)));
      }
      throw new CompletionException(new KeySetException(
          new KeyFetchFailure(Kind.HTTP_ERROR, endpoint() + " answered " + status, status)));
    }
    if (failure == HttpExchange.Failure.TOO_LARGE) {
      throw new CompletionException(new KeySetException(Kind.RESPONSE_TOO_LARGE,
          endpoint() + " sent more than " + maxBodyBytes + " bytes"));
    }
    return new Response(response.body().bytes(), CacheControl.maxAgeSeconds(
        response.headers().allValues("Cache-Control")));
  }

  private KeySetException classify(Throwable error) {
    return switch (HttpExchange.failure(error)) {
      case NOT_STARTED -> new KeySetException(Kind.CONNECTION_FAILED, "could not start a request to " + endpoint());
      case CONNECT_TIMEOUT -> new KeySetException(Kind.TIMEOUT, "connecting to " + endpoint() + " timed out");
      case TIMEOUT -> new KeySetException(Kind.TIMEOUT,
          endpoint() + " did not answer within " + timeout.toMillis() + " ms");
      case CONNECT_FAILED -> new KeySetException(Kind.CONNECTION_FAILED, "could not connect to " + endpoint());
      case FAILED, STATUS, TOO_LARGE -> new KeySetException(Kind.CONNECTION_FAILED,
          "request to " + endpoint() + " failed: " + HttpExchange.causeType(error));
    };
  }

  /** The URL without query or user info: nothing secret goes into messages. */
  String endpoint() {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath();
  }
}
