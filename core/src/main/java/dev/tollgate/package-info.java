/**
 * Verifying Clerk session tokens: {@link dev.tollgate.SessionVerifier} turns a token into a
 * {@link dev.tollgate.Session}, or rejects it with a {@link dev.tollgate.TokenVerificationException}, or
 * reports that the signing keys are unavailable with a {@link dev.tollgate.KeysUnavailableException}.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dev.tollgate;

import org.jspecify.annotations.NullMarked;
