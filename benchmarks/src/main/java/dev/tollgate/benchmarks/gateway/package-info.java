/**
 * The Spring Cloud Gateway scenario: one gateway route, {@code /api/**} to a trivial upstream on loopback, secured
 * once by Tollgate's gateway filter and once by Spring Security's reactive resource server against the same
 * loopback JWKS, under the keep-alive load of the endpoint scenario; and the latency of Tollgate's gateway while a
 * key fetch for a rotated key is in flight.
 *
 * <p>Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.benchmarks.gateway;

import org.jspecify.annotations.NullMarked;
