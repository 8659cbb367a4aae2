/**
 * A local, development-only stand-in for Clerk's token minting: {@link dev.tollgate.examples.issuer.LocalIssuer}
 * generates an RSA-2048 key when it starts, publishes it as a JWKS on a loopback port, and mints Clerk-shaped
 * session tokens with the test kit's {@code TokenSpec} ({@code tollgate-test-tokens}), described by
 * {@link dev.tollgate.examples.issuer.TokenSpecParser} parameters from the command line or from {@code /mint}.
 *
 * <p>It exists so the examples run offline, with no Clerk account. It signs a token for anyone who asks: it is
 * never a production token service, and says so in its log and in every HTTP response.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dev.tollgate.examples.issuer;

import org.jspecify.annotations.NullMarked;
