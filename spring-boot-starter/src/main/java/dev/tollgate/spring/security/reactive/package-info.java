/**
 * Tollgate in Spring Security's reactive (WebFlux) stack, through its own extension points and with the servlet
 * side's answers: a {@link org.springframework.security.web.server.authentication.ServerAuthenticationConverter}
 * that picks up a request's credentials, a
 * {@link org.springframework.security.authentication.ReactiveAuthenticationManager} that verifies them with
 * {@link dev.tollgate.web.RequestAuthenticator#authenticateAsync} without blocking, an entry point and an
 * access-denied handler, and {@link dev.tollgate.spring.security.reactive.TollgateServerSecurity}, which puts them
 * into a {@code ServerHttpSecurity} in one line. The authenticated principal is Tollgate's
 * {@link dev.tollgate.Session}, in the same {@link dev.tollgate.spring.security.ClerkSessionAuthentication} as on
 * the servlet side.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.spring.security.reactive;

import org.jspecify.annotations.NullMarked;
