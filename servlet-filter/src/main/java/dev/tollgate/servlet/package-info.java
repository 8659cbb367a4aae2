/**
 * A Jakarta Servlet 6.0 filter for Clerk session tokens: {@link dev.tollgate.servlet.TollgateFilter}
 * authenticates requests and attaches the result, {@link dev.tollgate.servlet.TollgateRequests} reads it,
 * {@link dev.tollgate.servlet.TollgateResponses} answers 401/403 from handlers.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}; absent values are {@link java.util.Optional}.
 */
@NullMarked
package dev.tollgate.servlet;

import org.jspecify.annotations.NullMarked;
