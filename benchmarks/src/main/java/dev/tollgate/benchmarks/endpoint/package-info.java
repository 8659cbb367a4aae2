/**
 * The end-to-end scenario: a trivial endpoint on embedded Jetty driven over loopback by keep-alive HTTP/1.1
 * connections, one per JMH thread.
 *
 * <p>Every type in this package is null-marked.
 */
@NullMarked
package dev.tollgate.benchmarks.endpoint;

import org.jspecify.annotations.NullMarked;
