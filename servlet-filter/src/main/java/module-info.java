/**
 * Tollgate's Jakarta Servlet filter: authenticates each request by its Clerk session token with
 * {@link dev.tollgate.web.RequestAuthenticator} and exposes the session to servlets.
 *
 * <p>The Servlet API (6.0) is supplied by the container.
 */
module dev.tollgate.servlet {
  requires transitive dev.tollgate.core;
  requires transitive jakarta.servlet;
  requires static org.jspecify;

  exports dev.tollgate.servlet;
}
