/**
 * The runnable demo: {@link dev.tollgate.examples.Demo} starts a local issuer, a web app behind the servlet
 * filter and a gateway on loopback ports, prints ready-to-paste {@code curl} lines, and with
 * {@code --self-check} exercises every endpoint and exits 0 only if every answer is right
 * ({@link dev.tollgate.examples.SelfCheck}).
 *
 * <p>The examples run on the class path and have no {@code module-info.java}: they are programs, not a
 * library, and {@code exec:java} runs them that way.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.examples;

import org.jspecify.annotations.NullMarked;
