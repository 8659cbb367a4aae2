/**
 * Tollgate's client of Clerk's Backend API: reads, lists and revokes sessions and mints tokens for them, with
 * the secret key ({@code CLERK_SECRET_KEY}), on the JDK's HTTP client.
 */
module dev.tollgate.backend {
  requires transitive dev.tollgate.core;
  requires com.github.benmanes.caffeine;
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports dev.tollgate.backend;
}
