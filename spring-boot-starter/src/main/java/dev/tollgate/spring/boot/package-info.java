/**
 * Spring Boot auto-configuration of Tollgate: {@link dev.tollgate.spring.boot.ClerkProperties} ({@code clerk.*},
 * which Clerk's usual environment variables such as {@code CLERK_SECRET_KEY} bind to) and
 * {@link dev.tollgate.spring.boot.TollgateProperties} ({@code tollgate.*}), the beans of
 * {@link dev.tollgate.spring.boot.TollgateAutoConfiguration} (each replaceable by a bean of the application), and
 * the {@link dev.tollgate.spring.boot.KeySourceHealthIndicator} of the signing keys.
 *
 * <p>The starter is one module: the auto-configuration lives here, next to the Spring Security integration in
 * {@code dev.tollgate.spring.security}, rather than in a separate {@code autoconfigure} module, since nothing else
 * would depend on that module alone. Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.spring.boot;

import org.jspecify.annotations.NullMarked;
