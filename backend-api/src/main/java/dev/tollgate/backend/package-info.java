/**
 * Clerk's Backend API for sessions: {@link dev.tollgate.backend.BackendApi} reads, lists and revokes sessions
 * and mints tokens for them, with a token cache that follows the semantics of Clerk's {@code getToken()}.
 *
 * <p><strong>A session, seen twice.</strong> {@link dev.tollgate.Session} is what a verified session token says
 * (ids, status, organization, claims), produced by a {@link dev.tollgate.SessionVerifier} without any network
 * call. {@link dev.tollgate.backend.BackendSession} is the Backend API's Session object, fetched over HTTP: it
 * adds the session's client, its latest activity (device, browser, IP address, location), its expiry and
 * abandonment times and its tasks. {@link dev.tollgate.backend.Sessions#get(dev.tollgate.Session)} bridges the
 * first to the second. The two names differ, so code that uses both imports both.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}; absent values are {@link java.util.Optional} or empty collections.
 *
 * @see <a href="https://clerk.com/docs/reference/backend-api/tag/Sessions">Clerk Backend API: Sessions</a>
 */
@NullMarked
package dev.tollgate.backend;

import org.jspecify.annotations.NullMarked;
