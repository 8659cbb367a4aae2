package dev.tollgate.backend;

import dev.tollgate.internal.ClerkApi;
import java.net.URI;
import java.time.Duration;

/**
 * A client of Clerk's Backend API, authenticated with the instance's secret key ({@code CLERK_SECRET_KEY}), on
 * the JDK's {@link java.net.http.HttpClient}. Its {@link #sessions()} read, list and revoke sessions and mint
 * tokens, with a token cache that follows Clerk's {@code getToken()}.
 *
 * <p>Build one per application with {@link #builder()} and share it: it is immutable and thread-safe, and holds
 * no thread of its own. Calls block the calling thread for at most the request timeout per attempt plus the
 * retry waits ({@link #DEFAULT_MAX_ATTEMPTS}, {@link #DEFAULT_MAX_RETRY_WAIT}). Response bodies above 4 MiB are
 * not read.
 *
 * <pre>{@code
 * BackendApi clerk = BackendApi.builder().secretKey(System.getenv("CLERK_SECRET_KEY")).build();
 * Session verified = verifier.verify(token);
 * BackendSession session = clerk.sessions().get(verified);
 * session.latestActivity().flatMap(SessionActivity::city).ifPresent(...);
 * }</pre>
 *
 * <p>The secret key is sent only as {@code Authorization: Bearer} to the API URL; it never appears in a
 * message, an exception or {@link Object#toString()}.
 *
 * @see <a href="https://clerk.com/docs/reference/backend-api">Clerk Backend API</a>
 */
public interface BackendApi {

  /** Default Backend API base URL: {@code https://api.clerk.com} (paths are under {@code /v1}). */
  URI DEFAULT_API_URL = ClerkApi.DEFAULT_API_URL;

  /** Connect timeout of the default HTTP client: 2 seconds. */
  Duration DEFAULT_CONNECT_TIMEOUT = ClerkApi.DEFAULT_CONNECT_TIMEOUT;

  /** Default timeout of one attempt, response body included: 5 seconds. */
  Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  /** Default number of attempts of one call, the first included: {@value}. */
  int DEFAULT_MAX_ATTEMPTS = 3;

  /** Default bound on the total wait between the attempts of one call: 5 seconds. */
  Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(5);

  /** Default number of (session, template) keys the token cache holds: {@value}. */
  int DEFAULT_TOKEN_CACHE_SIZE = 10_000;

  /**
   * Starts a client. {@link BackendApiBuilder#secretKey(String)} is required.
   *
   * @return a new builder; not thread-safe
   */
  static BackendApiBuilder builder() {
    return new BackendApiBuilder();
  }

  /**
   * The session endpoints.
   *
   * @return the sessions API, thread-safe
   */
  Sessions sessions();
}
