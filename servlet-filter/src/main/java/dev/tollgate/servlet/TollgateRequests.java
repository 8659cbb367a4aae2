package dev.tollgate.servlet;

import dev.tollgate.Session;
import dev.tollgate.web.AuthResult;
import jakarta.servlet.ServletRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what {@link TollgateFilter} attached to a request. Works on the request a servlet receives, on the
 * container's unwrapped request (for example {@code AsyncContext.getRequest()} after {@code startAsync()}),
 * and in forwarded or included dispatches. Stateless and thread-safe.
 */
public final class TollgateRequests {

  /**
   * The request attribute holding the {@link AuthResult}: {@value}. Set once per request by the first
   * dispatch through the filter.
   */
  public static final String RESULT_ATTRIBUTE = "dev.tollgate.web.AuthResult";

  /** The request attribute holding the filter's challenge realm, for {@link TollgateResponses}: {@value}. */
  public static final String REALM_ATTRIBUTE = "dev.tollgate.servlet.realm";

  /** The value of {@code getAuthType()} on a signed-in request: {@value}. */
  public static final String AUTH_TYPE = "CLERK_SESSION";

  private TollgateRequests() {}

  /**
   * The filter's decision about this request.
   *
   * @param request the request
   * @return the result, or empty if no {@link TollgateFilter} has run for it (or it was a CORS preflight)
   */
  public static Optional<AuthResult> result(ServletRequest request) {
    Object value = Objects.requireNonNull(request, "request").getAttribute(RESULT_ATTRIBUTE);
    return value instanceof AuthResult ? Optional.of((AuthResult) value) : Optional.empty();
  }

  /**
   * The verified session of this request.
   *
   * @param request the request
   * @return the session when signed in; empty when signed out, unavailable or not filtered
   */
  public static Optional<Session> session(ServletRequest request) {
    return result(request).flatMap(result -> result instanceof AuthResult.SignedIn signedIn
        ? Optional.of(signedIn.session()) : Optional.empty());
  }
}
