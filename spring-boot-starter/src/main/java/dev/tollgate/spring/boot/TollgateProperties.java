package dev.tollgate.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tollgate's own options, under {@value #PREFIX}. The defaults are those of {@link dev.tollgate.SessionVerifier}
 * and the servlet filter; each is checked when the beans are created, and an invalid one fails startup naming the
 * property.
 *
 * <p>A mutable bean for Spring's binder; not thread-safe while it is bound, read-only afterwards.
 */
@ConfigurationProperties(prefix = TollgateProperties.PREFIX)
public class TollgateProperties {

  /** The prefix of these properties: {@value}. */
  public static final String PREFIX = "tollgate";

  /** Tolerance for clock differences on the token's exp, nbf and iat; between 0 and 60 seconds. */
  private Duration clockSkew = Duration.ofSeconds(5);

  /** How long the last good key set keeps being served when refreshing fails; 0 to 7 days, 0 disables it. */
  private Duration staleKeysMaxAge = Duration.ofHours(1);

  /** How many verified tokens to remember (0 disables the cache); at most 10,000,000. */
  private int verifiedTokenCacheSize = 10_000;

  /** Timeout of one key fetch, response body included; between 1 ms and 60 seconds. */
  private Duration keyFetchTimeout = Duration.ofSeconds(5);

  /** Whether pending sessions (a task left, for example choosing an organization) are signed in. */
  private boolean acceptPending = false;

  /** The realm of the WWW-Authenticate: Bearer challenge; 1 to 100 printable ASCII characters without " and \. */
  private String realm = "tollgate";

  /** Path patterns (for example /public/**) that the default security filter chain permits to everyone. */
  private List<String> publicPaths = new ArrayList<>();

  /** Signing keys at startup. */
  private final Keys keys = new Keys();

  /** The key source's health indicator. */
  private final Health health = new Health();

  /** The verifier's Micrometer meters. */
  private final Metrics metrics = new Metrics();

  /** @return the clock skew */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /** @param clockSkew the clock skew */
  public void setClockSkew(Duration clockSkew) {
    this.clockSkew = clockSkew;
  }

  /** @return how long stale keys are served */
  public Duration getStaleKeysMaxAge() {
    return staleKeysMaxAge;
  }

  /** @param staleKeysMaxAge how long stale keys are served */
  public void setStaleKeysMaxAge(Duration staleKeysMaxAge) {
    this.staleKeysMaxAge = staleKeysMaxAge;
  }

  /** @return the verified-token cache size */
  public int getVerifiedTokenCacheSize() {
    return verifiedTokenCacheSize;
  }

  /** @param verifiedTokenCacheSize the verified-token cache size */
  public void setVerifiedTokenCacheSize(int verifiedTokenCacheSize) {
    this.verifiedTokenCacheSize = verifiedTokenCacheSize;
  }

  /** @return the key fetch timeout */
  public Duration getKeyFetchTimeout() {
    return keyFetchTimeout;
  }

  /** @param keyFetchTimeout the key fetch timeout */
  public void setKeyFetchTimeout(Duration keyFetchTimeout) {
    this.keyFetchTimeout = keyFetchTimeout;
  }

  /** @return whether pending sessions are signed in */
  public boolean isAcceptPending() {
    return acceptPending;
  }

  /** @param acceptPending whether pending sessions are signed in */
  public void setAcceptPending(boolean acceptPending) {
    this.acceptPending = acceptPending;
  }

  /** @return the challenge realm */
  public String getRealm() {
    return realm;
  }

  /** @param realm the challenge realm */
  public void setRealm(String realm) {
    this.realm = realm;
  }

  /** @return the public path patterns */
  public List<String> getPublicPaths() {
    return publicPaths;
  }

  /** @param publicPaths the public path patterns */
  public void setPublicPaths(List<String> publicPaths) {
    this.publicPaths = new ArrayList<>(publicPaths);
  }

  /** @return the startup options of the signing keys */
  public Keys getKeys() {
    return keys;
  }

  /** @return the health indicator's options */
  public Health getHealth() {
    return health;
  }

  /** @return the meters' options */
  public Metrics getMetrics() {
    return metrics;
  }

  /** Signing keys at startup, under {@code tollgate.keys}. Mutable bean for the binder. */
  public static class Keys {

    /**
     * Whether startup waits for the signing keys (at most the key fetch timeout) and fails when they cannot be
     * loaded. By default they load in the background and startup never waits.
     */
    private boolean waitAtStartup = false;

    /** @return whether startup waits for the keys */
    public boolean isWaitAtStartup() {
      return waitAtStartup;
    }

    /** @param waitAtStartup whether startup waits for the keys */
    public void setWaitAtStartup(boolean waitAtStartup) {
      this.waitAtStartup = waitAtStartup;
    }
  }

  /** The health indicator's options, under {@code tollgate.health}. Mutable bean for the binder. */
  public static class Health {

    /** Whether the signing keys' health indicator is a member of Actuator's readiness group. */
    private boolean readiness = true;

    /** @return whether the indicator is in the readiness group */
    public boolean isReadiness() {
      return readiness;
    }

    /** @param readiness whether the indicator is in the readiness group */
    public void setReadiness(boolean readiness) {
      this.readiness = readiness;
    }
  }

  /** The verifier's Micrometer meters, under {@code tollgate.metrics}. Mutable bean for the binder. */
  public static class Metrics {

    /**
     * Whether the verifier's meters (verifications, key fetches, key-source gauges) are bound to the application's
     * meter registry, when Micrometer and tollgate-micrometer are on the class path.
     */
    private boolean enabled = true;

    /** @return whether the meters are bound */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the meters are bound */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
