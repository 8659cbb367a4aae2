package dev.tollgate.servlet;

import dev.tollgate.Session;
import dev.tollgate.web.AuthResult;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Objects;

/**
 * A signed-in request as the servlet API sees it: the principal is the user, the remote user the user id, and
 * roles are the active organization role compared with Clerk's {@code org:} normalisation
 * ({@code isUserInRole("admin")} equals {@code isUserInRole("org:admin")}). The role {@code **} is any signed-in
 * user, as the Servlet specification defines it. A name no session can hold (blank, or one Clerk's role
 * syntax rejects) is answered {@code false}, never with an exception: callers of the servlet API expect a
 * boolean, and the name may come from the request.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

  private final Session session;
  private final SessionPrincipal principal;

  private AuthenticatedRequest(HttpServletRequest request, Session session) {
    super(request);
    this.session = session;
    this.principal = new SessionPrincipal(session);
  }

  /** Wraps a signed-in request unless it is wrapped already; returns any other request as it is. */
  static HttpServletRequest wrapIfSignedIn(HttpServletRequest request, AuthResult result) {
    Objects.requireNonNull(result, "result");
    if (!(result instanceof AuthResult.SignedIn signedIn) || isWrapped(request)) {
      return request;
    }
    return new AuthenticatedRequest(request, signedIn.session());
  }

  private static boolean isWrapped(ServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper) {
      if (current instanceof AuthenticatedRequest) {
        return true;
      }
      current = ((ServletRequestWrapper) current).getRequest();
    }
    return false;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public String getRemoteUser() {
    return session.userId();
  }

  @Override
  public String getAuthType() {
    return TollgateRequests.AUTH_TYPE;
  }

  @Override
  public boolean isUserInRole(String role) {
    if (role == null || role.isBlank()) {
      return false;
    }
    if ("**".equals(role)) {
      return true;
    }
    try {
      return session.hasRole(role);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
