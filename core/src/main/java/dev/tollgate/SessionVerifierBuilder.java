package dev.tollgate;

import static dev.tollgate.internal.BuilderChecks.requireHttpsOrLoopback;
import static dev.tollgate.internal.BuilderChecks.requireNoRedirects;
import static dev.tollgate.internal.BuilderChecks.requireSecretKey;
import static dev.tollgate.internal.BuilderChecks.requireUnset;

import dev.tollgate.internal.Backoff;
import dev.tollgate.internal.ClerkApi;
import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.internal.keys.DaemonRefreshScheduler;
import dev.tollgate.internal.keys.FixedKeySource;
import dev.tollgate.internal.keys.GuardedListener;
import dev.tollgate.internal.keys.JwksFetcher;
import dev.tollgate.internal.keys.KeySource;
import dev.tollgate.internal.keys.PemPublicKeys;
import dev.tollgate.internal.keys.RefreshScheduler;
import dev.tollgate.internal.keys.RemoteKeySource;
import dev.tollgate.observability.KeySourceListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SessionVerifier}. Each option may be set once; {@link #build()} checks that exactly one key
 * source is given and that options do not conflict. Defaults are the {@code DEFAULT_*} constants of
 * {@link SessionVerifier}.
 *
 * <p>Key sources (one is required):
 * <ul>
 *   <li>{@link #jwksUrl(URI)}: any JWKS URL, e.g. Clerk's Frontend API
 *       {@code https://<frontend-api>/.well-known/jwks.json};</li>
 *   <li>{@link #secretKey(String)}, optionally with {@link #apiUrl(URI)}: the Backend API's
 *       {@code GET /v1/jwks} with the secret key as bearer token;</li>
 *   <li>{@link #jwtKey(String)}: networkless, one RSA public key (PEM or the bare base64 Clerk's dashboard
 *       shows); the token's {@code kid} is ignored;</li>
 *   <li>{@link #publishableKey(String)} alone: the Frontend API JWKS of the instance it names. Given together
 *       with another key source it only pins the issuer (and names the instance's cookies).</li>
 * </ul>
 *
 * <p>Not thread-safe; the verifier it builds is.
 */
public final class SessionVerifierBuilder {

  private @Nullable URI jwksUrl;
  private @Nullable String secretKey;
  private @Nullable URI apiUrl;
  private @Nullable PublishableKey publishableKey;
  private @Nullable String jwtKey;
  private @Nullable Set<String> authorizedParties;
  private @Nullable String issuer;
  private @Nullable Set<String> audiences;
  private @Nullable Duration clockSkew;
  private @Nullable Clock clock;
  private @Nullable Integer maxTokenLength;
  private @Nullable HttpClient httpClient;
  private @Nullable Set<String> algorithms;
  private @Nullable Duration staleKeysMaxAge;
  private @Nullable Integer verifiedTokenCacheSize;
  private @Nullable KeySourceListener listener;
  private @Nullable VerificationListener verificationListener;
  private @Nullable Duration keyFetchTimeout;
  private @Nullable RefreshScheduler refreshScheduler;
  private @Nullable DoubleSupplier backoffJitter;
  private @Nullable Boolean acceptPending;

  SessionVerifierBuilder() {}

  /**
   * Keys from a JWKS URL. HTTPS is required, except plain HTTP to a loopback address (local development).
   *
   * @param jwksUrl for example {@code https://clerk.example.com/.well-known/jwks.json}
   * @return this builder
   * @throws IllegalStateException if jwksUrl was already set
   * @throws IllegalArgumentException if the URL is not absolute http(s) without user info, query or fragment,
   *     or plain http to a host other than loopback
   */
  public SessionVerifierBuilder jwksUrl(URI jwksUrl) {
    requireUnset(this.jwksUrl, "jwksUrl");
    this.jwksUrl = requireHttpsOrLoopback(jwksUrl, "jwksUrl");
    return this;
  }

  /**
   * Keys from the Backend API ({@code GET {apiUrl}/v1/jwks}), authenticated with this secret key.
   *
   * @param secretKey Clerk's {@code sk_live_…} or {@code sk_test_…} key ({@code CLERK_SECRET_KEY})
   * @return this builder
   * @throws IllegalStateException if secretKey was already set
   * @throws IllegalArgumentException if it is empty, not printable ASCII, or a publishable key (the message does
   *     not echo it)
   */
  public SessionVerifierBuilder secretKey(String secretKey) {
    requireUnset(this.secretKey, "secretKey");
    this.secretKey = requireSecretKey(secretKey);
    return this;
  }

  /**
   * The Backend API base URL used with {@link #secretKey(String)}. Default {@code https://api.clerk.com}.
   *
   * @param apiUrl the base URL, without {@code /v1}
   * @return this builder
   * @throws IllegalStateException if apiUrl was already set
   * @throws IllegalArgumentException if the URL is not absolute http(s) without user info, query or fragment,
   *     or plain http to a host other than loopback
   */
  public SessionVerifierBuilder apiUrl(URI apiUrl) {
    requireUnset(this.apiUrl, "apiUrl");
    this.apiUrl = requireHttpsOrLoopback(apiUrl, "apiUrl");
    return this;
  }

  /**
   * The instance's publishable key ({@code CLERK_PUBLISHABLE_KEY}), the one place it is configured. Alone, it
   * is the key source (the Frontend API JWKS); in every case it pins the expected issuer to
   * {@code https://<frontend api host>}, and {@link dev.tollgate.web.RequestAuthenticator} takes from it the
   * name of Clerk's suffixed session cookie {@code __session_<suffix>} (see
   * {@link SessionVerifier#publishableKey()}). Default: none.
   *
   * @param publishableKey {@code pk_test_…} or {@code pk_live_…}
   * @return this builder
   * @throws IllegalStateException if the publishable key was already set
   * @throws IllegalArgumentException if it is not a valid publishable key (the message does not echo it)
   */
  public SessionVerifierBuilder publishableKey(String publishableKey) {
    requireUnset(this.publishableKey, "publishableKey");
    this.publishableKey = PublishableKey.parse(publishableKey);
    return this;
  }

  /**
   * One networkless RSA public key ({@code CLERK_JWT_KEY}): a {@code -----BEGIN PUBLIC KEY-----} PEM block, or
   * the bare one-line base64 SubjectPublicKeyInfo Clerk's dashboard shows. No network is used and the token's
   * {@code kid} is ignored.
   *
   * @param jwtKey the public key
   * @return this builder
   * @throws IllegalStateException if jwtKey was already set
   */
  public SessionVerifierBuilder jwtKey(String jwtKey) {
    requireUnset(this.jwtKey, "jwtKey");
    this.jwtKey = Objects.requireNonNull(jwtKey, "jwtKey");
    return this;
  }

  /**
   * The origins allowed to use tokens ({@code azp}), for example {@code https://app.example.com}. When set, a
   * token without {@code azp} or with another one is rejected. Default: not checked.
   *
   * @param origins exact origins, without trailing slash
   * @return this builder
   * @throws IllegalStateException if authorizedParties was already set
   * @throws IllegalArgumentException if no origin is given or one is blank
   */
  public SessionVerifierBuilder authorizedParties(String... origins) {
    requireUnset(this.authorizedParties, "authorizedParties");
    this.authorizedParties = nonBlankSet(origins, "authorizedParties");
    return this;
  }

  /**
   * The exact issuer ({@code iss}) every token must carry. Default: the one derived from
   * {@link #publishableKey(String)}, else not checked.
   *
   * @param issuer for example {@code https://clerk.example.com}
   * @return this builder
   * @throws IllegalStateException if issuer was already set
   * @throws IllegalArgumentException if {@code issuer} is blank
   */
  public SessionVerifierBuilder issuer(String issuer) {
    requireUnset(this.issuer, "issuer");
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    this.issuer = issuer;
    return this;
  }

  /**
   * Audiences of which a token's {@code aud} must contain at least one. Default: not checked. When set, a
   * token without {@code aud} is rejected.
   *
   * @param audiences the accepted audiences
   * @return this builder
   * @throws IllegalStateException if audience was already set
   * @throws IllegalArgumentException if no audience is given or one is blank
   */
  public SessionVerifierBuilder audience(String... audiences) {
    requireUnset(this.audiences, "audience");
    this.audiences = nonBlankSet(audiences, "audience");
    return this;
  }

  /**
   * Tolerance for clock differences on {@code exp}, {@code nbf} and {@code iat}. Default 5 s, at most 60 s,
   * zero allowed.
   *
   * @param skew the tolerance
   * @return this builder
   * @throws IllegalStateException if clockSkew was already set
   * @throws IllegalArgumentException if the skew is negative or longer than 60 seconds
   */
  public SessionVerifierBuilder clockSkew(Duration skew) {
    requireUnset(this.clockSkew, "clockSkew");
    Objects.requireNonNull(skew, "clockSkew");
    if (skew.isNegative() || skew.compareTo(SessionVerifier.MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException("clockSkew must be between 0 and 60 seconds");
    }
    this.clockSkew = skew;
    return this;
  }

  /**
   * The clock for every time decision (token times, key freshness, caches). Default the system UTC clock.
   *
   * @param clock the clock
   * @return this builder
   * @throws IllegalStateException if clock was already set
   */
  public SessionVerifierBuilder clock(Clock clock) {
    requireUnset(this.clock, "clock");
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Longest token accepted, checked before any decoding. Default 8192 characters, at most 65536.
   *
   * @param characters the limit, at least 256
   * @return this builder
   * @throws IllegalStateException if maxTokenLength was already set
   * @throws IllegalArgumentException if it is not between 256 and 65536
   */
  public SessionVerifierBuilder maxTokenLength(int characters) {
    requireUnset(this.maxTokenLength, "maxTokenLength");
    if (characters < 256 || characters > SessionVerifier.MAX_MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException("maxTokenLength must be between 256 and 65536");
    }
    this.maxTokenLength = characters;
    return this;
  }

  /**
   * The HTTP client for key fetches. Default: an HTTP/1.1 client with a 2 s connect timeout that never follows
   * redirects, which {@link SessionVerifier#close()} stops; a client given here is not closed by the verifier.
   * Yours must not follow redirects either ({@link HttpClient.Redirect#NEVER}; {@link #build()} refuses any
   * other policy), because the JDK resends the {@code Authorization} header with the secret key to a
   * redirect's target, another origin too.
   *
   * @param client the client
   * @return this builder
   * @throws IllegalStateException if httpClient was already set
   */
  public SessionVerifierBuilder httpClient(HttpClient client) {
    requireUnset(this.httpClient, "httpClient");
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return this;
  }

  /**
   * The accepted JWS algorithms: any of RS256, RS384, RS512. Default RS256 only (what Clerk signs with).
   *
   * @param names algorithm names
   * @return this builder
   * @throws IllegalStateException if algorithms was already set
   * @throws IllegalArgumentException if a name is not RS256, RS384 or RS512
   */
  public SessionVerifierBuilder algorithms(String... names) {
    requireUnset(this.algorithms, "algorithms");
    Set<String> set = nonBlankSet(names, "algorithms");
    for (String name : set) {
      if (JwsAlgorithm.fromHeader(name) == null) {
        throw new IllegalArgumentException("algorithms may only contain RS256, RS384 and RS512");
      }
    }
    this.algorithms = set;
    return this;
  }

  /**
   * How long the last good key set keeps being served after its time to live when refreshing fails. Past this
   * bound verification answers "unavailable". Default 1 h, at most 7 days; zero disables stale serving.
   *
   * @param maxAge the bound
   * @return this builder
   * @throws IllegalStateException if staleKeysMaxAge was already set
   * @throws IllegalArgumentException if it is negative or longer than 7 days
   */
  public SessionVerifierBuilder staleKeysMaxAge(Duration maxAge) {
    requireUnset(this.staleKeysMaxAge, "staleKeysMaxAge");
    Objects.requireNonNull(maxAge, "staleKeysMaxAge");
    if (maxAge.isNegative() || maxAge.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException("staleKeysMaxAge must be between 0 and 7 days");
    }
    this.staleKeysMaxAge = maxAge;
    return this;
  }

  /**
   * How many verified tokens to remember. Default 10,000; 0 disables the cache.
   *
   * @param entries the bound
   * @return this builder
   * @throws IllegalStateException if verifiedTokenCacheSize was already set
   * @throws IllegalArgumentException if it is not between 0 and 10,000,000
   */
  public SessionVerifierBuilder verifiedTokenCacheSize(int entries) {
    requireUnset(this.verifiedTokenCacheSize, "verifiedTokenCacheSize");
    if (entries < 0 || entries > 10_000_000) {
      throw new IllegalArgumentException("verifiedTokenCacheSize must be between 0 and 10,000,000");
    }
    this.verifiedTokenCacheSize = entries;
    return this;
  }

  /**
   * Receives key-source events (fetches, failures, unknown kids, throttling, stale keys, rotation).
   *
   * @param listener the listener; exceptions it throws are logged (the first time only) and ignored
   * @return this builder
   * @throws IllegalStateException if keySourceListener was already set
   */
  public SessionVerifierBuilder keySourceListener(KeySourceListener listener) {
    requireUnset(this.listener, "keySourceListener");
    this.listener = Objects.requireNonNull(listener, "keySourceListener");
    return this;
  }

  /**
   * Receives the outcome of every verification (accepted, from the cache or not; rejected with its reason; keys
   * unavailable) with its duration, for metrics. Default: none, and then verification reads no clock for it.
   *
   * @param listener the listener; called on the verifying thread, exceptions it throws are logged once and
   *     ignored
   * @return this builder
   * @throws IllegalStateException if verificationListener was already set
   */
  public SessionVerifierBuilder verificationListener(VerificationListener listener) {
    requireUnset(this.verificationListener, "verificationListener");
    this.verificationListener = Objects.requireNonNull(listener, "verificationListener");
    return this;
  }

  /**
   * Timeout of one key fetch, response body included. Default 5 s, at most 60 s.
   *
   * @param timeout the timeout
   * @return this builder
   * @throws IllegalStateException if keyFetchTimeout was already set
   * @throws IllegalArgumentException if it is not between 1 ms and 60 seconds
   */
  public SessionVerifierBuilder keyFetchTimeout(Duration timeout) {
    requireUnset(this.keyFetchTimeout, "keyFetchTimeout");
    Objects.requireNonNull(timeout, "keyFetchTimeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException("keyFetchTimeout must be between 1 ms and 60 seconds");
    }
    this.keyFetchTimeout = timeout;
    return this;
  }

  /**
   * Whether a session with status {@code pending} ({@code sts}: the user has a task to finish, for example
   * choosing an organization) verifies. Default {@link SessionVerifier#DEFAULT_ACCEPT_PENDING} ({@code false}):
   * it is rejected with {@link RejectionReason#SESSION_PENDING}, for direct calls, request authenticators and
   * filters alike.
   *
   * @param accept {@code true} to accept pending sessions; their {@link Session#status()} says so
   * @return this builder
   * @throws IllegalStateException if acceptPending was already set
   */
  public SessionVerifierBuilder acceptPending(boolean accept) {
    requireUnset(this.acceptPending, "acceptPending");
    this.acceptPending = accept;
    return this;
  }

  /** Test seam: where background refreshes run. */
  SessionVerifierBuilder refreshScheduler(RefreshScheduler scheduler) {
    requireUnset(this.refreshScheduler, "refreshScheduler");
    this.refreshScheduler = Objects.requireNonNull(scheduler, "refreshScheduler");
    return this;
  }

  /** Test seam: where in [d/2, d] each retry's backoff falls ({@link Backoff}), so tests assert exact delays. */
  SessionVerifierBuilder backoffJitter(DoubleSupplier jitter) {
    requireUnset(this.backoffJitter, "backoffJitter");
    this.backoffJitter = Objects.requireNonNull(jitter, "backoffJitter");
    return this;
  }

  /**
   * Builds the verifier.
   *
   * @return an immutable, thread-safe verifier
   * @throws IllegalStateException if no key source or more than one is given, options conflict, or the
   *     {@code httpClient} follows redirects
   * @throws IllegalArgumentException if the {@code jwtKey} is not a usable RSA public key
   */
  public SessionVerifier build() {
    List<String> sources = new ArrayList<>();
    if (jwksUrl != null) {
      sources.add("jwksUrl");
    }
    if (secretKey != null) {
      sources.add("secretKey");
    }
    if (jwtKey != null) {
      sources.add("jwtKey");
    }
    if (sources.size() > 1) {
      throw new IllegalStateException("set exactly one key source, not " + String.join(" and ", sources)
          + " (publishableKey may accompany any of them)");
    }
    if (sources.isEmpty() && publishableKey == null) {
      throw new IllegalStateException("a key source is required: jwksUrl(URI), secretKey(String), jwtKey(String)"
          + " or publishableKey(String)");
    }
    if (apiUrl != null && secretKey == null) {
      throw new IllegalStateException("apiUrl applies only together with secretKey");
    }
    requireNoRedirects(httpClient);
    String expectedIssuer = issuer;
    if (publishableKey != null) {
      String derived = publishableKey.issuer();
      if (expectedIssuer != null && !expectedIssuer.equals(derived)) {
        throw new IllegalStateException(
            "issuer conflicts with the issuer derived from publishableKey (" + derived + ")");
      }
      expectedIssuer = derived;
    }
    Clock chosenClock = clock != null ? clock : Clock.systemUTC();
    Duration skew = clockSkew != null ? clockSkew : SessionVerifier.DEFAULT_CLOCK_SKEW;
    TokenRules rules = new TokenRules(algorithms != null ? algorithms : Set.of("RS256"), expectedIssuer,
        audiences != null ? audiences : Set.of(), authorizedParties != null ? authorizedParties : Set.of(),
        skew.toMillis(), acceptPending != null ? acceptPending : SessionVerifier.DEFAULT_ACCEPT_PENDING);
    int cacheSize = verifiedTokenCacheSize != null ? verifiedTokenCacheSize
        : SessionVerifier.DEFAULT_VERIFIED_TOKEN_CACHE_SIZE;
    VerifiedTokenCache cache = cacheSize == 0 ? null
        : new VerifiedTokenCache(cacheSize, skew.toMillis(), rules, chosenClock);
    KeySource keys = jwtKey != null ? new FixedKeySource(PemPublicKeys.parse(jwtKey))
        : remoteSource(chosenClock, cache);
    return new DefaultSessionVerifier(keys, rules, chosenClock,
        maxTokenLength != null ? maxTokenLength : SessionVerifier.DEFAULT_MAX_TOKEN_LENGTH, cache, publishableKey,
        verificationListener);
  }

  private KeySource remoteSource(Clock chosenClock, @Nullable VerifiedTokenCache cache) {
    URI url;
    String bearer = null;
    if (jwksUrl != null) {
      url = jwksUrl;
    } else if (secretKey != null) {
      url = URI.create(ClerkApi.v1(apiUrl != null ? apiUrl : SessionVerifier.DEFAULT_API_URL) + "/jwks");
      bearer = secretKey;
    } else {
      url = Objects.requireNonNull(publishableKey).jwksUrl();
    }
    Duration timeout = keyFetchTimeout != null ? keyFetchTimeout : SessionVerifier.DEFAULT_KEY_FETCH_TIMEOUT;
    // A client the application passed in is its own to close; the default one is the verifier's.
    JwksFetcher fetcher = httpClient != null
        ? new JwksFetcher(httpClient, url, bearer, timeout, SessionVerifier.MAX_KEY_SET_BYTES)
        : JwksFetcher.withOwnClient(url, bearer, timeout, SessionVerifier.MAX_KEY_SET_BYTES,
            SessionVerifier.DEFAULT_CONNECT_TIMEOUT);
    List<KeySourceListener> listeners = new ArrayList<>();
    if (cache != null) {
      listeners.add(new KeySourceListener() {
        @Override
        public void onKeySetChanged(KeySetChanged event) {
          cache.dropKeys(event.removed());
        }
      });
    }
    if (listener != null) {
      listeners.add(listener);
    }
    RemoteKeySource.Settings settings = new RemoteKeySource.Settings(SessionVerifier.DEFAULT_KEY_SET_TIME_TO_LIVE,
        staleKeysMaxAge != null ? staleKeysMaxAge : SessionVerifier.DEFAULT_STALE_KEYS_MAX_AGE,
        SessionVerifier.DEFAULT_REFETCH_COOLDOWN, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1),
            backoffJitter != null ? backoffJitter : Backoff.randomJitter()));
    return new RemoteKeySource(fetcher, chosenClock, settings, new GuardedListener(listeners),
        refreshScheduler != null ? refreshScheduler : new DaemonRefreshScheduler());
  }

  private static Set<String> nonBlankSet(String[] values, String option) {
    Objects.requireNonNull(values, option);
    if (values.length == 0) {
      throw new IllegalArgumentException(option + " needs at least one value");
    }
    Set<String> set = new LinkedHashSet<>();
    for (String value : values) {
      Objects.requireNonNull(value, option);
      if (value.isBlank()) {
        throw new IllegalArgumentException(option + " must not contain blank values");
      }
      set.add(value);
    }
    return Set.copyOf(set);
  }
}
