package dev.tollgate.backend;

import static dev.tollgate.internal.BuilderChecks.requireHttpsOrLoopback;
import static dev.tollgate.internal.BuilderChecks.requireNoRedirects;
import static dev.tollgate.internal.BuilderChecks.requireSecretKey;
import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link BackendApi}. The secret key is required; each option may be set once (a second set throws
 * {@link IllegalStateException}), and {@link #build()} checks that options do not conflict. Defaults are the
 * {@code DEFAULT_*} constants of {@link BackendApi}. Not thread-safe; the client it builds is.
 */
public final class BackendApiBuilder {

  private @Nullable String secretKey;
  private @Nullable URI apiUrl;
  private @Nullable HttpClient httpClient;
  private @Nullable Duration connectTimeout;
  private @Nullable Duration requestTimeout;
  private @Nullable Clock clock;
  private @Nullable Integer maxAttempts;
  private @Nullable Duration maxRetryWait;
  private @Nullable Integer tokenCacheSize;
  private @Nullable Sleeper sleeper;
  private @Nullable LongUnaryOperator jitter;
  private @Nullable Runnable onTokenShared;

  BackendApiBuilder() {}

  /**
   * The instance's secret key, sent as {@code Authorization: Bearer}. Required.
   *
   * @param secretKey Clerk's {@code sk_live_…} or {@code sk_test_…} key ({@code CLERK_SECRET_KEY})
   * @return this builder
   * @throws IllegalArgumentException if it is empty, not printable ASCII, or a publishable key
   */
  public BackendApiBuilder secretKey(String secretKey) {
    requireUnset(this.secretKey, "secretKey");
    this.secretKey = requireSecretKey(secretKey);
    return this;
  }

  /**
   * The Backend API base URL, without {@code /v1}. HTTPS is required, except plain HTTP to a loopback host
   * (local development and tests). Default {@link BackendApi#DEFAULT_API_URL}.
   *
   * @param apiUrl for example {@code https://api.clerk.com}
   * @return this builder
   */
  public BackendApiBuilder apiUrl(URI apiUrl) {
    requireUnset(this.apiUrl, "apiUrl");
    this.apiUrl = requireHttpsOrLoopback(apiUrl, "apiUrl");
    return this;
  }

  /**
   * The HTTP client. Default: a client with {@link BackendApi#DEFAULT_CONNECT_TIMEOUT} that never follows
   * redirects. Yours must not follow them either ({@link HttpClient.Redirect#NEVER}; {@link #build()} refuses
   * any other policy), because the JDK resends the {@code Authorization} header with the secret key to a
   * redirect's target, another origin too. Conflicts with {@link #connectTimeout(Duration)}, which belongs to
   * the client.
   *
   * @param client the client
   * @return this builder
   */
  public BackendApiBuilder httpClient(HttpClient client) {
    requireUnset(this.httpClient, "httpClient");
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return this;
  }

  /**
   * Connect timeout of the default HTTP client. Default {@link BackendApi#DEFAULT_CONNECT_TIMEOUT}.
   *
   * @param timeout between 1 ms and 60 s
   * @return this builder
   */
  public BackendApiBuilder connectTimeout(Duration timeout) {
    requireUnset(this.connectTimeout, "connectTimeout");
    this.connectTimeout = checkTimeout(timeout, "connectTimeout");
    return this;
  }

  /**
   * Timeout of one attempt, from sending to the last byte of the response. Timeouts are not retried. Default
   * {@link BackendApi#DEFAULT_REQUEST_TIMEOUT}.
   *
   * @param timeout between 1 ms and 60 s
   * @return this builder
   */
  public BackendApiBuilder requestTimeout(Duration timeout) {
    requireUnset(this.requestTimeout, "requestTimeout");
    this.requestTimeout = checkTimeout(timeout, "requestTimeout");
    return this;
  }

  /**
   * The clock for token expiry and {@code Retry-After} dates. Default the system UTC clock.
   *
   * @param clock the clock
   * @return this builder
   */
  public BackendApiBuilder clock(Clock clock) {
    requireUnset(this.clock, "clock");
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Attempts per call, the first included; 1 disables retries. Default {@link BackendApi#DEFAULT_MAX_ATTEMPTS}.
   *
   * @param attempts between 1 and 10
   * @return this builder
   */
  public BackendApiBuilder maxAttempts(int attempts) {
    requireUnset(this.maxAttempts, "maxAttempts");
    if (attempts < 1 || attempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and 10");
    }
    this.maxAttempts = attempts;
    return this;
  }

  /**
   * Bound on the total wait between the attempts of one call. A retry whose wait (backoff or the server's
   * {@code Retry-After}) would exceed it is not made. Default {@link BackendApi#DEFAULT_MAX_RETRY_WAIT}.
   *
   * @param wait between 0 and 60 s
   * @return this builder
   */
  public BackendApiBuilder maxRetryWait(Duration wait) {
    requireUnset(this.maxRetryWait, "maxRetryWait");
    Objects.requireNonNull(wait, "maxRetryWait");
    if (wait.isNegative() || wait.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException("maxRetryWait must be between 0 and 60 seconds");
    }
    this.maxRetryWait = wait;
    return this;
  }

  /**
   * How many (session, template) keys the token cache holds. Default {@link BackendApi#DEFAULT_TOKEN_CACHE_SIZE}.
   *
   * @param entries between 1 and 10,000,000
   * @return this builder
   */
  public BackendApiBuilder tokenCacheSize(int entries) {
    requireUnset(this.tokenCacheSize, "tokenCacheSize");
    if (entries < 1 || entries > 10_000_000) {
      throw new IllegalArgumentException("tokenCacheSize must be between 1 and 10,000,000");
    }
    this.tokenCacheSize = entries;
    return this;
  }

  /** Test seam: how the client waits between attempts. */
  BackendApiBuilder sleeper(Sleeper sleeper) {
    requireUnset(this.sleeper, "sleeper");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Test seam: the backoff jitter, a ceiling d to a delay in [d/2, d]. */
  BackendApiBuilder jitter(LongUnaryOperator jitter) {
    requireUnset(this.jitter, "jitter");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return this;
  }

  /** Test seam: runs each time a getToken caller joins a mint already in flight. */
  BackendApiBuilder onTokenShared(Runnable listener) {
    requireUnset(this.onTokenShared, "onTokenShared");
    this.onTokenShared = Objects.requireNonNull(listener, "onTokenShared");
    return this;
  }

  /**
   * Builds the client.
   *
   * @return an immutable, thread-safe client
   * @throws IllegalStateException if the secret key is missing, both {@code httpClient} and
   *     {@code connectTimeout} are set, or the {@code httpClient} follows redirects
   */
  public BackendApi build() {
    if (secretKey == null) {
      throw new IllegalStateException("secretKey is required (CLERK_SECRET_KEY)");
    }
    requireNoRedirects(httpClient);
    if (httpClient != null && connectTimeout != null) {
      throw new IllegalStateException("set connectTimeout on your httpClient, not on the builder");
    }
    HttpClient client = httpClient != null ? httpClient : HttpClient.newBuilder()
        .connectTimeout(connectTimeout != null ? connectTimeout : BackendApi.DEFAULT_CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    Clock chosenClock = clock != null ? clock : Clock.systemUTC();
    URI url = apiUrl != null ? apiUrl : BackendApi.DEFAULT_API_URL;
    RetryPolicy retries = new RetryPolicy(maxAttempts != null ? maxAttempts : BackendApi.DEFAULT_MAX_ATTEMPTS,
        maxRetryWait != null ? maxRetryWait : BackendApi.DEFAULT_MAX_RETRY_WAIT,
        jitter != null ? jitter : RetryPolicy.randomJitter());
    ApiTransport transport = new ApiTransport(client, url, secretKey,
        requestTimeout != null ? requestTimeout : BackendApi.DEFAULT_REQUEST_TIMEOUT, retries,
        sleeper != null ? sleeper : Sleeper.THREAD, chosenClock);
    TokenCache tokens = new TokenCache(tokenCacheSize != null ? tokenCacheSize : BackendApi.DEFAULT_TOKEN_CACHE_SIZE,
        chosenClock, onTokenShared != null ? onTokenShared : () -> { });
    return new DefaultBackendApi(url, new DefaultSessions(transport, tokens));
  }

  private static Duration checkTimeout(Duration timeout, String option) {
    Objects.requireNonNull(timeout, option);
    if (timeout.isNegative() || timeout.toMillis() < 1 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException(option + " must be between 1 ms and 60 seconds");
    }
    return timeout;
  }
}
