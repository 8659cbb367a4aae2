package dev.tollgate.spring.boot;

import dev.tollgate.SessionVerifier;
import dev.tollgate.observability.KeySourceHealth;
import dev.tollgate.observability.KeySourceState;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of the verifier's signing keys, from {@link SessionVerifier#health()}, registered as
 * {@value #NAME} and, by default, a member of Actuator's readiness group:
 * <ul>
 *   <li>{@link KeySourceState#HEALTHY}: {@code UP}, detail {@code stale: false};</li>
 *   <li>{@link KeySourceState#DEGRADED} (refreshing failed, the last good key set is served): still {@code UP},
 *       since tokens are verified, with {@code stale: true}; alert on that detail;</li>
 *   <li>{@link KeySourceState#UNAVAILABLE}: {@code DOWN}; requests with a token get 503.</li>
 * </ul>
 * Details: {@code state}, {@code stale}, {@code keyIds}, {@code fetchCount}, {@code fetchFailureCount},
 * {@code consecutiveFailures}, and when known {@code keySetAge}, {@code freshUntil}, {@code staleUntil},
 * {@code lastSuccess}, {@code lastFailure} and {@code lastFailureKind} (times in ISO-8601). No secret and no
 * fetch error text appear.
 *
 * <p>Thread-safe.
 */
public final class KeySourceHealthIndicator implements HealthIndicator {

  /** The indicator's name in the health endpoint: {@value}. */
  public static final String NAME = "tollgateKeys";

  private final SessionVerifier verifier;

  /**
   * Creates an indicator.
   *
   * @param verifier the verifier whose keys it reports
   */
  public KeySourceHealthIndicator(SessionVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  @Override
  public Health health() {
    KeySourceHealth health = verifier.health();
    Health.Builder builder = health.state() == KeySourceState.UNAVAILABLE ? Health.down() : Health.up();
    builder.withDetail("state", health.state().name())
        .withDetail("stale", health.state() == KeySourceState.DEGRADED)
        .withDetail("keyIds", new TreeSet<>(health.keyIds()))
        .withDetail("fetchCount", health.fetchCount())
        .withDetail("fetchFailureCount", health.fetchFailureCount())
        .withDetail("consecutiveFailures", health.consecutiveFailures());
    health.keySetAge().ifPresent(age -> builder.withDetail("keySetAge", age.toString()));
    health.freshUntil().ifPresent(at -> builder.withDetail("freshUntil", at.toString()));
    health.staleUntil().ifPresent(at -> builder.withDetail("staleUntil", at.toString()));
    health.lastSuccess().ifPresent(at -> builder.withDetail("lastSuccess", at.toString()));
    health.lastFailure().ifPresent(at -> builder.withDetail("lastFailure", at.toString()));
    health.lastFailureCause().ifPresent(cause -> builder.withDetail("lastFailureKind", cause.kind().name()));
    return builder.build();
  }
}
