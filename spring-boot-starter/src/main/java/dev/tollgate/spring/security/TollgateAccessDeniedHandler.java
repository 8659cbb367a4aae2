package dev.tollgate.spring.security;

import dev.tollgate.servlet.TollgateResponses;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.ErrorResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers a signed-in request that may not have what it asked for: {@link ReverificationRequiredException} with
 * 403 and Clerk's {@code reverification-error} body ({@link ErrorResponse#reverificationRequired}); any other
 * denial (a missing authority, a failed {@code @PreAuthorize}) with 403
 * {@code WWW-Authenticate: Bearer realm="…", error="insufficient_scope"} and a problem+json body
 * ({@link ErrorResponse#insufficientScope}), as the servlet filter's helpers do. A CSRF failure is no missing
 * scope: a plain 403 problem ({@link #CSRF_DESCRIPTION}), written here rather than through {@code sendError}, whose
 * error dispatch would run before any authentication and be answered as a request without a token.
 *
 * <p>Immutable and thread-safe.
 */
public final class TollgateAccessDeniedHandler implements AccessDeniedHandler {

  /** The {@code error_description} of a denial: {@value}. */
  public static final String DENIED_DESCRIPTION = "The session does not grant access to this resource.";

  /** The {@code detail} of a CSRF refusal: {@value}. */
  public static final String CSRF_DESCRIPTION = "The request's CSRF token is missing or invalid.";

  /** The {@code application/problem+json} body of a CSRF refusal, ASCII: {@value}. */
  public static final String CSRF_PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
      + "\"detail\":\"" + CSRF_DESCRIPTION + "\"}";

  private static final byte[] CSRF_BODY = CSRF_PROBLEM.getBytes(StandardCharsets.US_ASCII);

  private final String realm;

  /**
   * Creates a handler.
   *
   * @param realm the challenge's realm
   * @throws IllegalArgumentException if the realm is not valid, see {@link BearerChallenge#requireValidRealm}
   */
  public TollgateAccessDeniedHandler(String realm) {
    this.realm = BearerChallenge.requireValidRealm(realm);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (denied instanceof ReverificationRequiredException reverification) {
      TollgateResponses.send(response, ErrorResponse.reverificationRequired(reverification.required()));
    } else if (denied instanceof CsrfException) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(ErrorResponse.PROBLEM_JSON);
      response.setContentLength(CSRF_BODY.length);
      response.getOutputStream().write(CSRF_BODY);
    } else {
      TollgateResponses.send(response, ErrorResponse.insufficientScope(realm, DENIED_DESCRIPTION));
    }
  }
}
