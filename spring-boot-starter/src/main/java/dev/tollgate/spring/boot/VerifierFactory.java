package dev.tollgate.spring.boot;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.KeysUnavailableException;
import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Builds the auto-configured verifier from the properties: Clerk's settings through {@link ClerkEnvironment} (so
 * the key-source precedence and checks are those of every other Tollgate adapter), then Tollgate's options, then
 * the customizers; with {@code tollgate.keys.wait-at-startup} it loads the keys before returning. Errors name the
 * property, never its value. Stateless.
 */
final class VerifierFactory {

  private VerifierFactory() {}

  static SessionVerifier create(ClerkProperties clerk, TollgateProperties tollgate,
      List<SessionVerifierCustomizer> customizers) {
    ClerkEnvironment environment;
    try {
      environment = ClerkEnvironment.from(new PropertySettings(clerk));
    } catch (IllegalArgumentException invalid) {
      throw PropertyChecks.misconfigured(invalid.getMessage());
    }
    SessionVerifierBuilder builder = environment.builder();
    PropertyChecks.checked(TollgateProperties.PREFIX + ".clock-skew", () -> builder.clockSkew(tollgate.getClockSkew()));
    PropertyChecks.checked(TollgateProperties.PREFIX + ".stale-keys-max-age",
        () -> builder.staleKeysMaxAge(tollgate.getStaleKeysMaxAge()));
    PropertyChecks.checked(TollgateProperties.PREFIX + ".verified-token-cache-size",
        () -> builder.verifiedTokenCacheSize(tollgate.getVerifiedTokenCacheSize()));
    PropertyChecks.checked(TollgateProperties.PREFIX + ".key-fetch-timeout",
        () -> builder.keyFetchTimeout(tollgate.getKeyFetchTimeout()));
    builder.acceptPending(tollgate.isAcceptPending());
    customizers.forEach(customizer -> customizer.customize(builder));
    SessionVerifier verifier = PropertyChecks.checked(environment.keySource(), builder::build);
    if (tollgate.getKeys().isWaitAtStartup()) {
      try {
        verifier.warmUp(tollgate.getKeyFetchTimeout());
      } catch (KeysUnavailableException unavailable) {
        verifier.close();
        throw PropertyChecks.misconfigured("property " + TollgateProperties.PREFIX + ".keys.wait-at-startup is true"
            + " and the signing keys of " + environment.keySource() + " could not be loaded: "
            + unavailable.getMessage());
      }
    } else {
      KeyWarmUp.start(verifier, tollgate.getKeyFetchTimeout());
    }
    return verifier;
  }

  /** The {@code clerk.*} properties as Clerk's settings, named by their property in messages. */
  private static final class PropertySettings implements ClerkEnvironment.Settings {

    private final ClerkProperties clerk;

    PropertySettings(ClerkProperties clerk) {
      this.clerk = clerk;
    }

    @Override
    public @Nullable String value(String variable) {
      return switch (variable) {
        case ClerkEnvironment.JWT_KEY -> clerk.getJwtKey();
        case ClerkEnvironment.JWKS_URL -> clerk.getJwksUrl();
        case ClerkEnvironment.SECRET_KEY -> clerk.getSecretKey();
        case ClerkEnvironment.API_URL -> clerk.getApiUrl();
        case ClerkEnvironment.PUBLISHABLE_KEY -> clerk.getPublishableKey();
        case ClerkEnvironment.AUTHORIZED_PARTIES ->
            clerk.getAuthorizedParties().isEmpty() ? null : String.join(",", clerk.getAuthorizedParties());
        default -> throw new IllegalArgumentException("unknown Clerk setting " + variable);
      };
    }

    @Override
    public String origin(String variable) {
      return "property " + property(variable);
    }

    @Override
    public String howToSet(String variable) {
      return property(variable) + " (" + variable + ")";
    }

    /** {@code CLERK_JWT_KEY} is {@code clerk.jwt-key}: relaxed binding's own correspondence. */
    private static String property(String variable) {
      return ClerkProperties.PREFIX + "." + variable.substring("CLERK_".length()).toLowerCase(Locale.ROOT)
          .replace('_', '-');
    }
  }
}
