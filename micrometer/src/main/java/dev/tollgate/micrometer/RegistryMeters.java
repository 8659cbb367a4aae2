package dev.tollgate.micrometer;

import dev.tollgate.RejectionReason;
import dev.tollgate.VerificationOutcome;
import dev.tollgate.observability.KeySourceListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The counters and timers of {@link TollgateMetrics} in one registry. Verification meters are all created up
 * front (one counter per token rejection reason), so recording a verification is an array read and an
 * increment; a verified-token cache hit is only counted, since the verifier does not time it. Key-fetch meters,
 * rare, are looked up in the registry per fetch. Thread-safe.
 */
final class RegistryMeters {

  /** Decided before any token is verified, so a verifier never reports them: no series for them. */
  private static final Set<RejectionReason> REQUEST_REASONS = EnumSet.of(RejectionReason.SESSION_TOKEN_MISSING,
      RejectionReason.AUTHORIZATION_HEADER_DUPLICATED, RejectionReason.AUTHORIZATION_HEADER_MALFORMED);

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Counter acceptedHit;
  private final Counter acceptedMiss;
  private final Counter unavailable;
  /** By {@link RejectionReason#ordinal()}; every token reason has one, created eagerly. */
  private final @Nullable Counter[] rejected;
  private final Timer acceptedDuration;
  private final Timer rejectedDuration;
  private final Timer unavailableDuration;

  RegistryMeters(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
    acceptedHit = verifications("accepted", "none", "hit");
    acceptedMiss = verifications("accepted", "none", "miss");
    unavailable = verifications("unavailable", "none", "miss");
    RejectionReason[] reasons = RejectionReason.values();
    rejected = new Counter[reasons.length];
    for (RejectionReason reason : reasons) {
      rejected[reason.ordinal()] = REQUEST_REASONS.contains(reason) ? null
          : verifications("rejected", reason.code(), "miss");
    }
    acceptedDuration = duration("accepted");
    rejectedDuration = duration("rejected");
    unavailableDuration = duration("unavailable");
  }

  private Counter verifications(String outcome, String reason, String cache) {
    return Counter.builder(TollgateMetrics.VERIFICATIONS)
        .description("Session token verifications by outcome, rejection reason and verified-token cache use")
        .tags(commonTags).tags("outcome", outcome, "reason", reason, "cache", cache)
        .register(registry);
  }

  private Timer duration(String outcome) {
    return Timer.builder(TollgateMetrics.VERIFICATION_DURATION)
        .description("Time to verify a session token the verified-token cache did not answer, by outcome")
        .tags(commonTags).tags("outcome", outcome)
        .register(registry);
  }

  void verified(VerificationOutcome outcome) {
    long nanos = outcome.durationNanos();
    if (outcome instanceof VerificationOutcome.Accepted accepted) {
      if (accepted.fromCache()) {
        acceptedHit.increment();
      } else {
        acceptedMiss.increment();
        acceptedDuration.record(nanos, TimeUnit.NANOSECONDS);
      }
    } else if (outcome instanceof VerificationOutcome.Rejected refused) {
      Counter counter = rejected[refused.reason().ordinal()];
      (counter != null ? counter : verifications("rejected", refused.reason().code(), "miss")).increment();
      rejectedDuration.record(nanos, TimeUnit.NANOSECONDS);
    } else {
      unavailable.increment();
      unavailableDuration.record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  void fetched(KeySourceListener.KeysFetched event) {
    fetch(event.trigger(), "success", "success", event.latency().toNanos());
  }

  void fetchFailed(KeySourceListener.KeysFetchFailed event) {
    fetch(event.trigger(), tagValue(event.failure().kind()), "failure", event.latency().toNanos());
  }

  private void fetch(KeySourceListener.FetchTrigger trigger, String outcome, String durationOutcome, long nanos) {
    String triggerTag = tagValue(trigger);
    Counter.builder(TollgateMetrics.KEY_FETCHES)
        .description("Signing key set fetches by trigger and outcome (success or the failure kind)")
        .tags(commonTags).tags("trigger", triggerTag, "outcome", outcome)
        .register(registry)
        .increment();
    Timer.builder(TollgateMetrics.KEY_FETCH_DURATION)
        .description("Time to fetch the signing key set, by trigger and outcome")
        .tags(commonTags).tags("trigger", triggerTag, "outcome", durationOutcome)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** {@code HTTP_ERROR} as {@code http-error}, in the style of the rejection codes. */
  static String tagValue(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
