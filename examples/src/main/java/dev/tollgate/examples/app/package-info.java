/**
 * A web application on embedded Jetty 12 (ee10, Servlet 6.0) behind {@link dev.tollgate.servlet.TollgateFilter}:
 * {@code /api/me} shows the verified session, {@code /api/org/admin} needs the role {@code org:admin},
 * {@code /api/billing} the permission {@code org:billing:manage}, {@code /api/sensitive} a fresh second factor
 * (Clerk's reverification answer when stale), and the public {@code /health} reports the verifier's keys.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.examples.app;

import org.jspecify.annotations.NullMarked;
