/**
 * Tollgate as a Spring Cloud Gateway filter.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.spring.gateway;

import org.jspecify.annotations.NullMarked;
