package dev.tollgate.micrometer;

import dev.tollgate.SessionVerifier;
import dev.tollgate.VerificationListener;
import dev.tollgate.VerificationOutcome;
import dev.tollgate.observability.KeySourceListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/**
 * Micrometer meters for one {@link SessionVerifier}. A verifier reports through listeners fixed when it is
 * built, so the metrics come first: create them, give their two listeners to the builder, then bind them with
 * the verifier to a registry, before the verifier's first key fetch ({@code warmUp}) so no event is missed.
 *
 * <pre>{@code
 * TollgateMetrics metrics = TollgateMetrics.create();
 * SessionVerifier verifier = SessionVerifier.builder()
 *     .secretKey(System.getenv("CLERK_SECRET_KEY"))
 *     .verificationListener(metrics.verificationListener())
 *     .keySourceListener(metrics.keySourceListener())
 *     .build();
 * metrics.binder(verifier).bindTo(registry);
 * verifier.warmUp(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Meters (Micrometer names; a Prometheus registry shows {@code tollgate_verifications_total} and so on):
 * <ul>
 *   <li>{@value #VERIFICATIONS} (counter; tags {@code outcome} = {@code accepted}, {@code rejected} or
 *       {@code unavailable}, {@code reason} = the rejection's {@linkplain dev.tollgate.RejectionReason#code() code}
 *       or {@code none}, {@code cache} = {@code hit} or {@code miss});</li>
 *   <li>{@value #VERIFICATION_DURATION} (timer; tag {@code outcome}) of the verifications the verified-token
 *       cache did not answer: a hit is counted, not timed, since it takes well under a microsecond and timing
 *       it would cost more than the hit itself;</li>
 *   <li>{@value #KEY_FETCHES} (counter; tags {@code trigger} = the {@link KeySourceListener.FetchTrigger} in
 *       lower case with dashes, {@code outcome} = {@code success} or the
 *       {@linkplain dev.tollgate.observability.KeyFetchFailure.Kind failure kind}, e.g. {@code http-error});</li>
 *   <li>{@value #KEY_FETCH_DURATION} (timer; tags {@code trigger}, {@code outcome} = {@code success} or
 *       {@code failure});</li>
 *   <li>gauges from {@link SessionVerifier#health()}: {@value #KEYS_STATE} (tag {@code state} = {@code healthy},
 *       {@code degraded} or {@code unavailable}; 1 for the current state, 0 for the others),
 *       {@value #KEYS_AGE}, {@value #KEYS_STALENESS} and {@value #KEYS_UNTIL_UNAVAILABLE} (seconds; not a number
 *       when no key set applies) and {@value #KEYS_COUNT}.</li>
 * </ul>
 * Tags are low-cardinality only: never a user id, session id, key id or token. The verification meters are
 * created when bound, so recording one finds its meter by index, without a registry lookup.
 *
 * <p>Several verifiers in one registry (one per Clerk instance, say) each need their own metrics with a tag
 * telling them apart, {@code TollgateMetrics.create(Tags.of("instance", "shop"))}: otherwise their counters add
 * up and only the first verifier's gauges are registered.
 *
 * <p>Before it is bound, the listeners drop events. Binding to several registries records into each; binding
 * to the same registry again changes nothing. Thread-safe.
 */
public final class TollgateMetrics {

  /** Counter of verifications: {@value}. */
  public static final String VERIFICATIONS = "tollgate.verifications";

  /** Timer of the latency of verifications the verified-token cache did not answer: {@value}. */
  public static final String VERIFICATION_DURATION = "tollgate.verification.duration";

  /** Counter of key-set fetches: {@value}. */
  public static final String KEY_FETCHES = "tollgate.key.fetches";

  /** Timer of key-set fetch latency: {@value}. */
  public static final String KEY_FETCH_DURATION = "tollgate.key.fetch.duration";

  /** Gauge of the key-source state, one series per state: {@value}. */
  public static final String KEYS_STATE = "tollgate.keys.state";

  /** Gauge of the current key set's age in seconds: {@value}. */
  public static final String KEYS_AGE = "tollgate.keys.age";

  /** Gauge of the seconds since the current key set's time to live ended (0 while fresh): {@value}. */
  public static final String KEYS_STALENESS = "tollgate.keys.staleness";

  /** Gauge of the seconds until the current key set stops being served (0 once unavailable): {@value}. */
  public static final String KEYS_UNTIL_UNAVAILABLE = "tollgate.keys.until.unavailable";

  /** Gauge of the number of usable keys in the current key set: {@value}. */
  public static final String KEYS_COUNT = "tollgate.keys.count";

  private final Tags commonTags;
  private final Set<MeterRegistry> registries = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Copied on write: the listeners read it on every event without a lock. */
  private volatile RegistryMeters[] bound = new RegistryMeters[0];

  private final VerificationListener verificationListener = this::onVerification;

  private final KeySourceListener keySourceListener = new KeySourceListener() {
    @Override
    public void onKeysFetched(KeysFetched event) {
      for (RegistryMeters meters : bound) {
        meters.fetched(event);
      }
    }

    @Override
    public void onKeysFetchFailed(KeysFetchFailed event) {
      for (RegistryMeters meters : bound) {
        meters.fetchFailed(event);
      }
    }
  };

  private TollgateMetrics(Tags commonTags) {
    this.commonTags = commonTags;
  }

  /**
   * Creates unbound metrics without tags of their own.
   *
   * @return new metrics whose listeners drop events until {@link #binder(SessionVerifier)} is bound
   */
  public static TollgateMetrics create() {
    return new TollgateMetrics(Tags.empty());
  }

  /**
   * Creates unbound metrics whose every meter also carries {@code tags}, to tell several verifiers apart in one
   * registry.
   *
   * @param tags added to every meter; low-cardinality values only
   * @return new metrics whose listeners drop events until {@link #binder(SessionVerifier)} is bound
   */
  public static TollgateMetrics create(Iterable<Tag> tags) {
    return new TollgateMetrics(Tags.of(Objects.requireNonNull(tags, "tags")));
  }

  /**
   * The listener to give to {@link dev.tollgate.SessionVerifierBuilder#verificationListener}. It records into
   * pre-created meters and allocates nothing itself.
   *
   * @return the same listener on every call
   */
  public VerificationListener verificationListener() {
    return verificationListener;
  }

  /**
   * The listener to give to {@link dev.tollgate.SessionVerifierBuilder#keySourceListener}; it counts and
   * times key fetches.
   *
   * @return the same listener on every call
   */
  public KeySourceListener keySourceListener() {
    return keySourceListener;
  }

  /**
   * A binder of every meter for {@code verifier}, the one built with this object's listeners (the gauges read
   * its {@link SessionVerifier#health()}; the other meters count what the listeners receive). The gauges hold
   * the verifier weakly, so they read not-a-number once it is garbage.
   *
   * @param verifier the verifier built with {@link #verificationListener()} and {@link #keySourceListener()}
   * @return a binder; binding it registers the meters and starts recording into them
   */
  public MeterBinder binder(SessionVerifier verifier) {
    Objects.requireNonNull(verifier, "verifier");
    return registry -> bind(Objects.requireNonNull(registry, "registry"), verifier);
  }

  private synchronized void bind(MeterRegistry registry, SessionVerifier verifier) {
    if (!registries.add(registry)) {
      return;
    }
    KeySourceGauges.register(registry, verifier, commonTags);
    RegistryMeters[] more = Arrays.copyOf(bound, bound.length + 1);
    more[bound.length] = new RegistryMeters(registry, commonTags);
    bound = more;
  }

  private void onVerification(VerificationOutcome outcome) {
    for (RegistryMeters meters : bound) {
      meters.verified(outcome);
    }
  }
}
