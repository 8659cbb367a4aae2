/**
 * For tests only: RSA test keys, Clerk-shaped session tokens and a loopback JWKS endpoint. Nothing here verifies a
 * token; {@code tollgate-test} adds a verifier and a JUnit 5 extension on top.
 */
module dev.tollgate.test.tokens {
  requires com.fasterxml.jackson.core;
  requires jdk.httpserver;
  requires static transitive org.jspecify;

  exports dev.tollgate.test.tokens;
}
