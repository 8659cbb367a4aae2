package dev.tollgate;

import dev.tollgate.internal.ClerkApi;
import dev.tollgate.observability.KeySourceHealth;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Verifies Clerk session tokens (short-lived RS256 JWTs) and maps them onto a {@link Session}.
 *
 * <p>Build one per application with {@link #builder()} and share it: a verifier is immutable and thread-safe,
 * caches its keys and recently verified tokens, and refreshes keys in the background. It holds one daemon
 * thread when its keys come from the network; {@link #close()} stops it.
 *
 * <p>Every token passes these checks, in order: length; compact form with strict base64url and strict JSON;
 * header ({@code alg} allow-list, no {@code crit}, {@code typ} JWT, Clerk session {@code cat}); the key named
 * by {@code kid}; the signature; then {@code sub}, {@code sid}, {@code iss}, {@code aud}, {@code azp},
 * {@code exp}, {@code nbf}, {@code iat} with the clock skew; last the session status: a pending session is
 * rejected unless the verifier {@linkplain SessionVerifierBuilder#acceptPending(boolean) accepts pending
 * sessions}. Header fields that could point elsewhere for a key
 * ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}) are never used.
 *
 * <pre>{@code
 * SessionVerifier verifier = SessionVerifier.builder()
 *     .secretKey(System.getenv("CLERK_SECRET_KEY"))
 *     .authorizedParties("https://app.example.com")
 *     .build();
 * try {
 *   Session session = verifier.verify(token);
 *   // session.userId(), session.organization(), session.hasRole("org:admin") ...
 * } catch (TokenVerificationException rejected) {
 *   // 401: rejected.reason().code()
 * } catch (KeysUnavailableException unavailable) {
 *   // 503 with Retry-After: unavailable.retryAfter()
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7519">RFC 7519 (JWT)</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7515">RFC 7515 (JWS)</a>
 */
public interface SessionVerifier extends AutoCloseable {

  /** Default tolerance for clock differences on {@code exp}, {@code nbf} and {@code iat}: 5 seconds. */
  Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

  /** Largest clock skew accepted: 60 seconds, the whole lifetime of a Clerk session token. */
  Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

  /** Default maximum token length, checked before any decoding: {@value} characters (8 KiB). */
  int DEFAULT_MAX_TOKEN_LENGTH = 8192;

  /** Largest maximum token length that may be configured: {@value} characters (64 KiB). */
  int MAX_MAX_TOKEN_LENGTH = 65536;

  /** Default Backend API base URL for {@code secretKey}: {@code https://api.clerk.com}. */
  URI DEFAULT_API_URL = ClerkApi.DEFAULT_API_URL;

  /** How long a key set stays fresh without a {@code Cache-Control: max-age}: 5 minutes. */
  Duration DEFAULT_KEY_SET_TIME_TO_LIVE = Duration.ofMinutes(5);

  /** Default bound on serving the last good key set after refreshing fails: 1 hour. */
  Duration DEFAULT_STALE_KEYS_MAX_AGE = Duration.ofHours(1);

  /** Minimum time between on-demand refetches (unknown kid, changed key): 30 seconds. */
  Duration DEFAULT_REFETCH_COOLDOWN = Duration.ofSeconds(30);

  /** Default timeout of one key fetch, response body included: 5 seconds. */
  Duration DEFAULT_KEY_FETCH_TIMEOUT = Duration.ofSeconds(5);

  /** Connect timeout of the default HTTP client: 2 seconds. */
  Duration DEFAULT_CONNECT_TIMEOUT = ClerkApi.DEFAULT_CONNECT_TIMEOUT;

  /** Largest JWKS response accepted: {@value} bytes (64 KiB). */
  int MAX_KEY_SET_BYTES = 65536;

  /**
   * Whether a pending session ({@code sts: pending}) verifies by default: {@value}, as in Clerk's SDKs; it is
   * rejected with {@link RejectionReason#SESSION_PENDING}.
   */
  boolean DEFAULT_ACCEPT_PENDING = false;

  /** Default number of verified tokens remembered: {@value}; 0 disables the cache. */
  int DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10_000;

  /**
   * Starts a verifier. Exactly one key source is required: {@link SessionVerifierBuilder#jwksUrl(URI)},
   * {@link SessionVerifierBuilder#secretKey(String)}, {@link SessionVerifierBuilder#jwtKey(String)} or
   * {@link SessionVerifierBuilder#publishableKey(String)}.
   *
   * @return a new builder; not thread-safe
   */
  static SessionVerifierBuilder builder() {
    return new SessionVerifierBuilder();
  }

  /**
   * Verifies a session token. On a warm verifier this does no I/O; on a cold one it waits for the first key
   * fetch (at most the fetch timeout).
   *
   * @param token the compact JWS, without a {@code Bearer} prefix
   * @return the verified session
   * @throws TokenVerificationException if the token is not acceptable (HTTP 401)
   * @throws KeysUnavailableException if the keys could not be obtained, so the token could not be checked
   *     (HTTP 503)
   */
  Session verify(String token) throws TokenVerificationException, KeysUnavailableException;

  /**
   * Verifies a session token without blocking the calling thread on network I/O, for event-loop servers. When
   * the keys are loaded the returned stage is already complete, computed on the calling thread. Otherwise it
   * completes on an HTTP client thread once the keys arrive.
   *
   * @param token the compact JWS
   * @return a stage that completes with the session, or exceptionally with {@link TokenVerificationException}
   *     or {@link KeysUnavailableException} (not wrapped)
   */
  CompletionStage<Session> verifyAsync(String token);

  /**
   * Loads the signing keys now, if they are not loaded, for readiness at startup. A networkless verifier
   * returns at once.
   *
   * @param timeout how long to wait
   * @throws KeysUnavailableException if no key set could be loaded in time
   */
  void warmUp(Duration timeout) throws KeysUnavailableException;

  /**
   * The publishable key this verifier was built with ({@link SessionVerifierBuilder#publishableKey(String)}),
   * the one place it is configured: it pins the issuer, and it names Clerk's suffixed session cookie
   * {@code __session_<suffix>} that {@link dev.tollgate.web.RequestAuthenticator} and the servlet filter read
   * for this verifier.
   *
   * @return the publishable key, or empty when none was configured
   */
  Optional<PublishableKey> publishableKey();

  /**
   * A snapshot of the signing keys' state, for readiness probes and dashboards.
   *
   * @return the current health
   */
  KeySourceHealth health();

  /**
   * Stops the background refresh thread and the default HTTP client the verifier created (a client given to
   * {@link SessionVerifierBuilder#httpClient} is left open). Afterwards a verifier whose keys come from the
   * network answers {@link KeysUnavailableException}; a networkless one keeps working. Idempotent.
   */
  @Override
  void close();
}
