/**
 * The verifiers compared with Tollgate, each configured as close to Tollgate's checks as its API allows
 * (same RSA key, RS256, {@code exp} and {@code nbf} against the system clock), and each proven at construction
 * to accept the benchmark's valid tokens and reject tampered and expired ones.
 *
 * <p>Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.benchmarks.contenders;

import org.jspecify.annotations.NullMarked;
