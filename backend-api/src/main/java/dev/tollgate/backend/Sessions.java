package dev.tollgate.backend;

import dev.tollgate.Session;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The Backend API's session endpoints, from {@link BackendApi#sessions()}:
 * <ul>
 *   <li>{@link #get(String)}: {@code GET /v1/sessions/{session_id}};</li>
 *   <li>{@link #list(SessionListRequest)}: {@code GET /v1/sessions?user_id=…&client_id=…&status=…&limit=…&offset=…
 *       &paginated=true}, one {@link SessionPage} at a time;</li>
 *   <li>{@link #revoke(String)}: {@code POST /v1/sessions/{session_id}/revoke};</li>
 *   <li>{@link #createToken(String)}: {@code POST /v1/sessions/{session_id}/tokens}, and with a template
 *       {@code POST /v1/sessions/{session_id}/tokens/{template_name}}, body {@code {"expires_in_seconds": n}}
 *       or {@code {}};</li>
 *   <li>{@link #getToken(String, GetTokenOptions)}: the same, through a cache with the semantics of Clerk's
 *       {@code session.getToken()}.</li>
 * </ul>
 *
 * <p>Ids and template names are checked before anything is sent (no {@code /}, whitespace or control
 * characters; {@link IllegalArgumentException} otherwise) and percent-encoded into the path. {@code GET}s are
 * retried after 429, 5xx and failed connections; {@code POST}s only when Clerk certainly did not act on them
 * (429, or no connection could be made), never after a 5xx or a timeout.
 *
 * <p>The methods taking a {@link Session} bridge a verified session token to the Backend API's
 * {@link BackendSession}. Thread-safe.
 *
 * @see <a href="https://clerk.com/docs/reference/backend-api/tag/Sessions">Clerk Backend API: Sessions</a>
 */
public interface Sessions {

  /**
   * Fetches a session.
   *
   * @param sessionId for example {@code sess_…}
   * @return the session
   * @throws BackendApiException {@link BackendApiException.ErrorKind#NOT_FOUND} if there is no such session, or any
   *     other failure
   */
  BackendSession get(String sessionId) throws BackendApiException;

  /**
   * Fetches the full session behind a verified session token, for example for its
   * {@link BackendSession#latestActivity() latest activity}.
   *
   * @param verified a session from {@link dev.tollgate.SessionVerifier#verify(String)}
   * @return the Backend API's session with the token's {@code sid}
   * @throws BackendApiException as {@link #get(String)}, or {@link BackendApiException.ErrorKind#INVALID_RESPONSE} if
   *     the session Clerk returns belongs to another user than the token's {@code sub}
   */
  BackendSession get(Session verified) throws BackendApiException;

  /**
   * Lists one page of sessions.
   *
   * @param request the filters, page size and offset
   * @return the page, with {@link SessionPage#nextPage()} for the next one
   * @throws BackendApiException on failure
   */
  SessionPage list(SessionListRequest request) throws BackendApiException;

  /**
   * Revokes a session: it becomes {@link BackendSessionStatus#REVOKED} and can mint no more tokens. Tokens
   * already minted stay valid until they expire (at most a minute for session tokens); cached tokens of this
   * session are not handed out again.
   *
   * @param sessionId the session
   * @return the session as Clerk returns it after revoking
   * @throws BackendApiException on failure, for example {@link BackendApiException.ErrorKind#NOT_FOUND}
   */
  BackendSession revoke(String sessionId) throws BackendApiException;

  /**
   * Revokes the session behind a verified session token, for example on a "sign out everywhere" request.
   *
   * @param verified a session from {@link dev.tollgate.SessionVerifier#verify(String)}
   * @return the revoked session
   * @throws BackendApiException on failure
   */
  BackendSession revoke(Session verified) throws BackendApiException;

  /**
   * Mints a new session token, bypassing the cache.
   *
   * @param sessionId the session
   * @return the token
   * @throws BackendApiException on failure, for example {@link BackendApiException.ErrorKind#NOT_FOUND}
   */
  Token createToken(String sessionId) throws BackendApiException;

  /**
   * Mints a new token, bypassing the cache: from a JWT template if one is named, with a lifetime if one is given.
   *
   * @param sessionId the session
   * @param template the JWT template's name, or {@code null} for a session token
   * @param expiresIn the lifetime ({@code expires_in_seconds}), whole seconds, or {@code null} for Clerk's
   *     default (one minute for session tokens, the template's for templates)
   * @return the token
   * @throws IllegalArgumentException if the template name cannot be a path segment or the lifetime is not a
   *     positive whole number of seconds
   * @throws BackendApiException on failure
   */
  Token createToken(String sessionId, @Nullable String template, @Nullable Duration expiresIn)
      throws BackendApiException;

  /**
   * A session token with the {@linkplain GetTokenOptions#defaults() default options}: the cached one while it
   * is more than 10 seconds from its {@code exp}, else a new one.
   *
   * @param sessionId the session
   * @return a token valid for more than the leeway, unless Clerk minted a shorter-lived one
   * @throws BackendApiException if a new token was needed and could not be minted
   */
  Token getToken(String sessionId) throws BackendApiException;

  /**
   * A token with Clerk's {@code getToken()} semantics: per (session, template) the cached token is reused while
   * it is more than {@link GetTokenOptions#leeway()} from its {@code exp}; otherwise, or with
   * {@link GetTokenOptions#skipCache()}, a new one is minted and cached. Concurrent callers for the same key
   * share one request. A failed mint is not cached.
   *
   * @param sessionId the session
   * @param options template, leeway and cache skipping
   * @return the token
   * @throws BackendApiException if a new token was needed and could not be minted
   */
  Token getToken(String sessionId, GetTokenOptions options) throws BackendApiException;
}
