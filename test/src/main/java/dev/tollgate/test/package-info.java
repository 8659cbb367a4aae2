/**
 * For tests only: test an application's protected endpoints with real Clerk-shaped session tokens. A
 * {@link dev.tollgate.test.TestIssuer} generates an RSA key, serves it as a JWK Set on loopback and mints tokens
 * ({@link dev.tollgate.test.TestIssuer#token()}); its {@link dev.tollgate.test.TestIssuer#verifier()} is a real
 * {@link dev.tollgate.SessionVerifier} configured for it. {@link dev.tollgate.test.TestIssuerExtension} starts and
 * stops issuers for JUnit 5 tests; {@link dev.tollgate.test.SessionRequests} puts a token on a
 * {@code java.net.http} request.
 *
 * <p>Never put this package on a production class path: an issuer signs a token for whoever asks. Declare
 * {@code tollgate-test} with {@code <scope>test</scope>}. No method accepts or returns {@code null} unless marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.test;

import org.jspecify.annotations.NullMarked;
