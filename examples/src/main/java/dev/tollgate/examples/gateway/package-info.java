/**
 * A small reverse proxy that authenticates every request by its Clerk session token without a servlet
 * container: {@link dev.tollgate.examples.gateway.Gateway} runs a Jetty 12 core handler that calls
 * {@link dev.tollgate.web.RequestAuthenticator#authenticateAsync}, removes identity headers a client could
 * forge, adds {@link dev.tollgate.examples.gateway.IdentityHeaders} from the verified session, and forwards
 * the request with {@link java.net.http.HttpClient#sendAsync}. Refusals (401, 400, 503) are the gateway's own,
 * from {@link dev.tollgate.web.ErrorResponse}. No I/O thread waits on a key fetch or on the upstream.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.examples.gateway;

import org.jspecify.annotations.NullMarked;
