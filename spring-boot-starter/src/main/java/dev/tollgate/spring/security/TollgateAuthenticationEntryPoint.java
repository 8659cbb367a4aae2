package dev.tollgate.spring.security;

import dev.tollgate.servlet.TollgateResponses;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.ErrorResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request that must be signed in but is not, exactly as Tollgate's servlet filter does on a required
 * path ({@link ErrorResponse#refusing(AuthResult, String)}): 401 with {@code WWW-Authenticate: Bearer realm="…"}
 * (an {@code error} attribute only when a token was sent), 400 {@code invalid_request} for a malformed or
 * duplicated {@code Authorization} header, 503 with {@code Retry-After} when the keys are unavailable, each with a
 * problem+json body. The refusal is the one {@link ClerkAuthenticationProvider} recorded for the request; a request
 * without one is answered as one without a token.
 *
 * <p>Immutable and thread-safe.
 */
public final class TollgateAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final String realm;

  /**
   * Creates an entry point.
   *
   * @param realm the challenge's realm, for example {@code tollgate}
   * @throws IllegalArgumentException if the realm is not valid, see {@link BearerChallenge#requireValidRealm}
   */
  public TollgateAuthenticationEntryPoint(String realm) {
    this.realm = BearerChallenge.requireValidRealm(realm);
  }

  /** @return the challenge's realm */
  public String realm() {
    return realm;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException authException) throws IOException {
    Object outcome = request.getAttribute(ClerkAuthenticationFilter.OUTCOME_ATTRIBUTE);
    AuthResult refusal = outcome instanceof AuthResult result && !(result instanceof AuthResult.SignedIn)
        ? result : AuthResult.SignedOut.sessionTokenMissing();
    TollgateResponses.send(response, ErrorResponse.refusing(refusal, realm));
  }
}
