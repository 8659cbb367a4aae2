/**
 * Tollgate core: verifies Clerk session tokens and maps them onto an immutable {@link dev.tollgate.Session}.
 *
 * <p>Exported packages are the public API. {@code dev.tollgate.internal} and its sub-packages are
 * implementation details: {@code dev.tollgate.internal} is exported only to Tollgate's Backend API module, which
 * shares its HTTP, JSON and builder checks; it is not for applications.
 */
module dev.tollgate.core {
  requires transitive java.net.http;
  requires com.nimbusds.jose.jwt;
  requires com.github.benmanes.caffeine;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports dev.tollgate;
  exports dev.tollgate.observability;
  exports dev.tollgate.web;
  exports dev.tollgate.internal to dev.tollgate.backend;
}
