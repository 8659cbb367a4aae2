/**
 * Micrometer meters for a Tollgate {@link dev.tollgate.SessionVerifier}:
 * {@link dev.tollgate.micrometer.TollgateMetrics} supplies the verifier's listeners and binds counters, timers
 * and key-source gauges to a {@link io.micrometer.core.instrument.MeterRegistry}.
 *
 * <p>Every type in this package is null-marked: parameters and return values are never {@code null} unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package dev.tollgate.micrometer;

import org.jspecify.annotations.NullMarked;
