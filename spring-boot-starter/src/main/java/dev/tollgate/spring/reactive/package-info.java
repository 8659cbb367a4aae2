/**
 * Tollgate on Spring's reactive HTTP types ({@code ServerHttpRequest}, {@code ServerHttpResponse}), shared by the
 * reactive Spring Security integration and the Spring Cloud Gateway filter, so that both read credentials and
 * write refusals exactly as the servlet side does.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.spring.reactive;

import org.jspecify.annotations.NullMarked;
