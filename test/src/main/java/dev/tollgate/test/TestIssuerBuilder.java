package dev.tollgate.test;

import dev.tollgate.test.tokens.SigningKey;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link TestIssuer}. Each option may be set once; {@link #start()} generates the key (unless one was
 * given) and starts the JWK Set endpoint. Not thread-safe; the issuer it starts is.
 */
public final class TestIssuerBuilder {

  /** Default authorized party ({@code azp}) of the issuer's tokens, a typical local front end: {@value}. */
  public static final String DEFAULT_AUTHORIZED_PARTY = "http://localhost:3000";

  private @Nullable Clock clock;
  private @Nullable String authorizedParty;
  private @Nullable SigningKey signingKey;

  TestIssuerBuilder() {}

  /**
   * @param clock the clock tokens are issued by and the issuer's verifier checks them with; default the system
   *     clock in UTC. Use a fixed or settable clock for exact time-dependent tests.
   * @return this builder
   * @throws IllegalStateException if the clock was already set
   */
  public TestIssuerBuilder clock(Clock clock) {
    requireUnset(this.clock, "clock");
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * @param origin the {@code azp} of the issuer's tokens and the one its verifier accepts; default
   *     {@value #DEFAULT_AUTHORIZED_PARTY}
   * @return this builder
   * @throws IllegalStateException if the authorized party was already set
   * @throws IllegalArgumentException if it is blank
   */
  public TestIssuerBuilder authorizedParty(String origin) {
    requireUnset(this.authorizedParty, "authorizedParty");
    if (Objects.requireNonNull(origin, "origin").isBlank()) {
      throw new IllegalArgumentException("authorizedParty must not be blank");
    }
    this.authorizedParty = origin;
    return this;
  }

  /**
   * @param key the key to sign with, for example one shared by several issuers; default a new RSA-2048 key
   * @return this builder
   * @throws IllegalStateException if the key was already set
   */
  public TestIssuerBuilder signingKey(SigningKey key) {
    requireUnset(this.signingKey, "signingKey");
    this.signingKey = Objects.requireNonNull(key, "key");
    return this;
  }

  /** @return the running issuer */
  public TestIssuer start() {
    return new TestIssuer(signingKey != null ? signingKey : SigningKey.generate(),
        authorizedParty != null ? authorizedParty : DEFAULT_AUTHORIZED_PARTY,
        clock != null ? clock : Clock.systemUTC());
  }

  private static void requireUnset(@Nullable Object value, String name) {
    if (value != null) {
      throw new IllegalStateException(name + " was already set");
    }
  }
}
