/**
 * Small helpers the examples share: JSON writing and reading with jackson-core's streaming API, and writing
 * complete responses from Jetty 12 core handlers without blocking.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.examples.support;

import org.jspecify.annotations.NullMarked;
