package dev.tollgate.micrometer;

import dev.tollgate.SessionVerifier;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The key-source gauges of {@link TollgateMetrics}, each computed from one {@link SessionVerifier#health()}
 * snapshot when the registry reads it. "Now" is the verifier's own clock, recovered from the snapshot as the
 * last successful fetch plus the key set's age (the current set is the one that fetch installed), so the
 * gauges agree with the verifier even when it runs on another clock than the registry.
 */
final class KeySourceGauges {

  private final MeterRegistry registry;
  private final SessionVerifier verifier;
  private final Tags commonTags;

  private KeySourceGauges(MeterRegistry registry, SessionVerifier verifier, Tags commonTags) {
    this.registry = registry;
    this.verifier = verifier;
    this.commonTags = commonTags;
  }

  static void register(MeterRegistry registry, SessionVerifier verifier, Tags commonTags) {
    KeySourceGauges gauges = new KeySourceGauges(registry, verifier, commonTags);
    for (KeySourceState state : KeySourceState.values()) {
      gauges.gauge(TollgateMetrics.KEYS_STATE, "1 for the key source's current state, 0 otherwise", null,
          Tags.of("state", RegistryMeters.tagValue(state)), health -> health.state() == state ? 1 : 0);
    }
    gauges.gauge(TollgateMetrics.KEYS_AGE, "Age of the current signing key set", "seconds", Tags.empty(),
        health -> health.keySetAge().map(KeySourceGauges::seconds).orElse(Double.NaN));
    gauges.gauge(TollgateMetrics.KEYS_STALENESS,
        "Time since the current key set's time to live ended; 0 while it is fresh", "seconds", Tags.empty(),
        health -> now(health).flatMap(now -> health.freshUntil()
            .map(freshUntil -> Math.max(0, seconds(Duration.between(freshUntil, now))))).orElse(Double.NaN));
    gauges.gauge(TollgateMetrics.KEYS_UNTIL_UNAVAILABLE,
        "Time until the current key set stops being served even as stale keys; 0 once it has", "seconds",
        Tags.empty(), health -> now(health).flatMap(now -> health.staleUntil()
            .map(staleUntil -> Math.max(0, seconds(Duration.between(now, staleUntil))))).orElse(Double.NaN));
    gauges.gauge(TollgateMetrics.KEYS_COUNT, "Usable signing keys in the current key set", "keys", Tags.empty(),
        health -> health.keyIds().size());
  }

  private void gauge(String name, String description, @Nullable String unit, Tags tags,
      ToDoubleFunction<KeySourceHealth> value) {
    Gauge.builder(name, verifier, watched -> value.applyAsDouble(watched.health()))
        .description(description).baseUnit(unit).tags(commonTags).tags(tags)
        .register(registry);
  }

  private static Optional<Instant> now(KeySourceHealth health) {
    return health.lastSuccess().flatMap(success -> health.keySetAge().map(success::plus));
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
