/**
 * For tests only: mints Clerk-shaped session tokens signed by RSA keys made for the test, and serves those keys as a
 * JWK Set on loopback. Never put this package on a production class path: whoever can call it gets a valid token for
 * any key it publishes.
 *
 * <p>{@link dev.tollgate.test.tokens.SigningKey} is a key pair with its key id, {@link
 * dev.tollgate.test.tokens.TokenSpec} says what a token claims and how it is signed (the good and the deliberately
 * bad), {@link dev.tollgate.test.tokens.LoopbackJwksServer} publishes keys, {@link dev.tollgate.test.tokens.RawJws}
 * signs arbitrary bytes for attack tests. Every type is immutable or thread-safe as its javadoc says; no method
 * accepts or returns {@code null} unless marked {@code @Nullable}.
 *
 * @see <a href="https://clerk.com/docs/backend-requests/resources/session-tokens">Clerk session tokens</a>
 */
@NullMarked
package dev.tollgate.test.tokens;

import org.jspecify.annotations.NullMarked;
