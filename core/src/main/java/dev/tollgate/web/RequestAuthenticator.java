package dev.tollgate.web;

import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Authenticates an HTTP request by its Clerk session token, without any web framework: the same decision
 * for a servlet filter, a gateway or any other server.
 *
 * <p>Rules, in order (Clerk's JavaScript SDK is the reference, see the project's README for the
 * differences):
 * <ol>
 *   <li>The token comes from {@code Authorization: Bearer <token68>} (scheme in any case, RFC 7235 §2.1).
 *       Two {@code Authorization} fields, or one that is empty, not Bearer, or not token68, is a
 *       {@link BearerError#INVALID_REQUEST}; it never falls back to the cookie.</li>
 *   <li>Without that header, from the cookie {@code __session_<suffix>} when the verifier has a
 *       {@linkplain SessionVerifier#publishableKey() publishable key} (Clerk's suffixed cookie; preferred when
 *       both are present), else {@code __session}. Exact names only. Never the query string.</li>
 *   <li>No token: {@link AuthResult.SignedOut} {@code session-token-missing} without an RFC 6750 error.</li>
 *   <li>An opaque machine token ({@code mt_}, {@code oat_}, {@code ak_}) is {@code token-type-mismatch}
 *       without calling the verifier; JWT-template and machine JWTs are rejected by the verifier with the
 *       same code.</li>
 *   <li>The verifier's rejection is {@link AuthResult.SignedOut} with its code and {@code invalid_token};
 *       unavailable keys are {@link AuthResult.Unavailable}.</li>
 *   <li>A pending session is {@link AuthResult.SignedOut} {@code session-pending}: the verifier decides, and
 *       refuses it unless it was built with
 *       {@link dev.tollgate.SessionVerifierBuilder#acceptPending(boolean) acceptPending(true)}.</li>
 * </ol>
 *
 * <p>Never throws for bad input: every request gets a typed answer. Implementations are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SessionVerifier verifier = ClerkEnvironment.fromSystem().builder().build();  // with CLERK_PUBLISHABLE_KEY
 * RequestAuthenticator authenticator = RequestAuthenticator.of(verifier);
 * AuthResult result = authenticator.authenticate(name -> gatewayRequest.headerValues(name));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750">RFC 6750</a>
 */
public interface RequestAuthenticator {

  /** The name of Clerk's session cookie: {@value}. */
  String SESSION_COOKIE = "__session";

  /**
   * The name of the session cookie Clerk sets for one instance, {@code __session_<suffix>}, which an
   * authenticator for a verifier with this publishable key reads before {@link #SESSION_COOKIE}.
   *
   * @param publishableKey the instance's publishable key
   * @return for example {@code __session_vWCgMp3A}
   */
  static String sessionCookie(PublishableKey publishableKey) {
    return SESSION_COOKIE + "_" + publishableKey.cookieSuffix();
  }

  /**
   * Authenticates a request, blocking while the verifier loads keys it does not have yet (at most its key
   * fetch timeout).
   *
   * @param request the request's headers; read before this method returns
   * @return the decision; never {@code null}
   * @throws RuntimeException only what {@code request} itself throws, unchanged: a failing adapter is the
   *     caller's error, not a signed-out request
   */
  AuthResult authenticate(RequestCredentials request);

  /**
   * Authenticates a request without blocking on network I/O, with {@link SessionVerifier#verifyAsync(String)}.
   * The headers are read before this method returns, so the request may be recycled while the stage is
   * pending. When the keys are loaded, the stage is already complete.
   *
   * @param request the request's headers
   * @return a stage that completes with the decision; it completes exceptionally only with what
   *     {@code request} itself throws (unchanged) or on an unexpected error of the verifier, never for a
   *     rejected token or unavailable keys. Nothing is thrown on the calling thread.
   */
  CompletionStage<AuthResult> authenticateAsync(RequestCredentials request);

  /**
   * An authenticator that verifies tokens with this verifier and takes every decision from it: whether
   * pending sessions are accepted, and, from its {@linkplain SessionVerifier#publishableKey() publishable key},
   * the suffixed cookie {@code __session_<suffix>} to read before {@code __session}. The authenticator does
   * not own the verifier: closing it is the caller's business.
   *
   * @param verifier the verifier; not {@code null}
   * @return an immutable, thread-safe authenticator
   * @throws NullPointerException if {@code verifier} is {@code null}
   */
  static RequestAuthenticator of(SessionVerifier verifier) {
    Objects.requireNonNull(verifier, "verifier");
    return new DefaultRequestAuthenticator(verifier,
        new TokenExtractor(verifier.publishableKey().map(RequestAuthenticator::sessionCookie).orElse(null)));
  }
}
