/**
 * Request authentication without a web framework: {@link dev.tollgate.web.RequestAuthenticator} reads the
 * session token of an HTTP request (the {@code Authorization: Bearer} header, else Clerk's {@code __session}
 * cookie) through the small {@link dev.tollgate.web.RequestCredentials} view, verifies it with a
 * {@link dev.tollgate.SessionVerifier}, and answers a sealed {@link dev.tollgate.web.AuthResult}: signed in,
 * signed out (with a reason code, a safe message and the RFC 6750 error), or unavailable (retry later).
 * {@link dev.tollgate.web.ErrorResponse} turns a refusal into the status, headers and JSON body to send.
 *
 * <p>Servlet filters, gateways and other HTTP servers share this code, so they take the same decision for
 * the same request. Every type in this package is null-marked: parameters and return values are never
 * {@code null}; absent values are {@link java.util.Optional}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750">RFC 6750 (Bearer token usage)</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6265">RFC 6265 (cookies)</a>
 */
@NullMarked
package dev.tollgate.web;

import org.jspecify.annotations.NullMarked;
