/**
 * JMH benchmarks of Tollgate's verifier against the bare RSA check (the floor) and the verifiers a user would
 * otherwise pick. {@link dev.tollgate.benchmarks.RunAll} runs every scenario and writes the results table into
 * {@code benchmarks/README.md}.
 *
 * <p>Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.benchmarks;

import org.jspecify.annotations.NullMarked;
