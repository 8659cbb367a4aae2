/**
 * For tests only: Tollgate's test kit. A local issuer mints Clerk-shaped session tokens and serves its keys on
 * loopback; a verifier configured for it, a JUnit 5 extension and HTTP helpers let an application's tests send real
 * tokens through its real authentication.
 */
module dev.tollgate.test {
  requires transitive dev.tollgate.core;
  requires transitive dev.tollgate.test.tokens;
  requires static transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;
  requires static spring.test;
  requires static spring.web;
  requires static spring.webflux;
  requires static reactor.core;
  requires static jakarta.servlet;

  exports dev.tollgate.test;
  exports dev.tollgate.test.spring;
}
