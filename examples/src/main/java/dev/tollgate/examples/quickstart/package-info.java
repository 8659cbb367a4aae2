/**
 * The README's two quick starts as complete programs: {@link dev.tollgate.examples.quickstart.ServletQuickStart}
 * (a servlet app on embedded Jetty 12) and {@link dev.tollgate.examples.quickstart.GatewayQuickStart} (a gateway
 * on the JDK's HTTP server, {@code tollgate-core} only). The README shows each file from its first import on, and
 * a test keeps the two equal, so what a reader copies is what compiles here.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.examples.quickstart;

import org.jspecify.annotations.NullMarked;
