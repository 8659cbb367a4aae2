package dev.tollgate.examples;

import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds a verifier for a real Clerk instance from the environment variables the servlet filter reads, with
 * the same precedence of key sources: {@code CLERK_JWT_KEY} (networkless PEM) &gt; {@code CLERK_JWKS_URL} &gt;
 * {@code CLERK_SECRET_KEY} (Backend API, with {@code CLERK_API_URL}), and {@code CLERK_PUBLISHABLE_KEY} (pins
 * the issuer; alone, the Frontend API JWKS). {@code CLERK_AUTHORIZED_PARTIES} is a comma list of origins.
 * Blank values count as unset. Messages name variables, never their values. Stateless and thread-safe.
 */
final class ClerkEnvironment {

  /** The variables read, in precedence order of the key sources first. */
  static final List<String> VARIABLES = List.of("CLERK_JWT_KEY", "CLERK_JWKS_URL", "CLERK_SECRET_KEY",
      "CLERK_API_URL", "CLERK_PUBLISHABLE_KEY", "CLERK_AUTHORIZED_PARTIES");

  private ClerkEnvironment() {}

  /** A verifier and a description of the configuration, safe to print. */
  record Configured(SessionVerifier verifier, String description) {}

  /**
   * @param env the environment lookup, for example {@code System::getenv}
   * @return the verifier (keys not loaded yet) and which variables it uses
   * @throws IllegalArgumentException if no key source is set or a value is invalid (naming the variable)
   */
  static Configured verifier(Function<String, @Nullable String> env) {
    Objects.requireNonNull(env, "env");
    SessionVerifierBuilder builder = SessionVerifier.builder();
    List<String> used = new ArrayList<>();
    String jwtKey = value(env, "CLERK_JWT_KEY");
    String jwksUrl = value(env, "CLERK_JWKS_URL");
    String secretKey = value(env, "CLERK_SECRET_KEY");
    String apiUrl = value(env, "CLERK_API_URL");
    String publishableKey = value(env, "CLERK_PUBLISHABLE_KEY");
    String parties = value(env, "CLERK_AUTHORIZED_PARTIES");
    if (jwtKey != null) {
      apply(used, "CLERK_JWT_KEY", () -> builder.jwtKey(jwtKey));
    } else if (jwksUrl != null) {
      apply(used, "CLERK_JWKS_URL", () -> builder.jwksUrl(uri(jwksUrl)));
    } else if (secretKey != null) {
      apply(used, "CLERK_SECRET_KEY", () -> builder.secretKey(secretKey));
      if (apiUrl != null) {
        apply(used, "CLERK_API_URL", () -> builder.apiUrl(uri(apiUrl)));
      }
    } else if (publishableKey == null) {
      throw new IllegalArgumentException("--clerk needs a key source: set CLERK_SECRET_KEY, CLERK_JWKS_URL,"
          + " CLERK_JWT_KEY or CLERK_PUBLISHABLE_KEY");
    }
    if (publishableKey != null) {
      apply(used, "CLERK_PUBLISHABLE_KEY", () -> builder.publishableKey(publishableKey));
    }
    if (parties != null) {
      apply(used, "CLERK_AUTHORIZED_PARTIES", () -> builder.authorizedParties(Arrays.stream(parties.split(","))
          .map(String::strip).filter(party -> !party.isEmpty()).toArray(String[]::new)));
    }
    try {
      return new Configured(builder.build(), "Clerk instance from " + String.join(", ", used));
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new IllegalArgumentException("invalid Clerk configuration: " + invalid.getMessage(), invalid);
    }
  }

  private static void apply(List<String> used, String variable, Runnable setting) {
    try {
      setting.run();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new IllegalArgumentException(variable + " is not valid: " + invalid.getMessage(), invalid);
    }
    used.add(variable);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException malformed) {
      throw new IllegalArgumentException("not a URL");
    }
  }

  private static @Nullable String value(Function<String, @Nullable String> env, String name) {
    String value = env.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
