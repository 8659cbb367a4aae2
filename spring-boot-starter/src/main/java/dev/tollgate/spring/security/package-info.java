/**
 * Tollgate in Spring Security, through Spring Security's own extension points: an
 * {@link org.springframework.security.web.authentication.AuthenticationConverter} that picks up a request's
 * credentials ({@code Authorization: Bearer} or Clerk's {@code __session} cookie), an
 * {@link org.springframework.security.authentication.AuthenticationProvider} that verifies them with
 * {@link dev.tollgate.web.RequestAuthenticator}, an entry point and an access-denied handler that answer exactly as
 * Tollgate's servlet filter does, and {@link dev.tollgate.spring.security.TollgateSecurityConfigurer}, which puts
 * them into a {@code SecurityFilterChain} in one line. The authenticated principal is Tollgate's
 * {@link dev.tollgate.Session}.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.spring.security;

import org.jspecify.annotations.NullMarked;
