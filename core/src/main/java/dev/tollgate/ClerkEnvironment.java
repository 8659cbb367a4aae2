package dev.tollgate;

import dev.tollgate.internal.keys.PemPublicKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Clerk's configuration by its environment variables, turned into verifier options, so that every program
 * (the servlet filter, a gateway, a command-line tool) reads it the same way.
 *
 * <p>Of the key sources one is used, in the precedence of Clerk's JavaScript SDK: {@value #JWT_KEY}
 * (networkless PEM) &gt; {@value #JWKS_URL} &gt; {@value #SECRET_KEY} (Backend API, with {@value #API_URL}).
 * {@value #PUBLISHABLE_KEY} always pins the issuer and, alone, is the key source (the Frontend API JWKS).
 * {@value #AUTHORIZED_PARTIES} is a comma-separated list of origins. Blank values count as unset.
 *
 * <p>{@link #from(Settings)} checks every value at once: an error names the setting and where its value came
 * from, never the value. Settings that are present but unused are listed by {@link #ignoredSettings()}, for
 * logs. Immutable and thread-safe.
 */
public final class ClerkEnvironment {

  /** Networkless RSA public key (PEM or Clerk's one-line base64): {@value}. */
  public static final String JWT_KEY = "CLERK_JWT_KEY";
  /** A JWKS URL: {@value}. */
  public static final String JWKS_URL = "CLERK_JWKS_URL";
  /** The Backend API secret key: {@value}. */
  public static final String SECRET_KEY = "CLERK_SECRET_KEY";
  /** The Backend API base URL, used with the secret key only: {@value}. */
  public static final String API_URL = "CLERK_API_URL";
  /** The publishable key: {@value}. */
  public static final String PUBLISHABLE_KEY = "CLERK_PUBLISHABLE_KEY";
  /** Comma-separated origins allowed in {@code azp}: {@value}. */
  public static final String AUTHORIZED_PARTIES = "CLERK_AUTHORIZED_PARTIES";

  /** Where settings come from; the names are the environment variable names above. */
  public interface Settings {

    /**
     * @param variable for example {@value #SECRET_KEY}
     * @return its value, or {@code null} (or blank) when unset
     */
    @Nullable String value(String variable);

    /**
     * @param variable a setting that has a value
     * @return where that value came from, for messages, for example {@code environment variable CLERK_SECRET_KEY}
     */
    default String origin(String variable) {
      return "environment variable " + variable;
    }

    /**
     * @param variable a setting
     * @return how a user sets it, for the "no key source" message, for example {@code CLERK_SECRET_KEY}
     */
    default String howToSet(String variable) {
      return variable;
    }
  }

  private final Settings settings;
  private final @Nullable String jwtKey;
  private final @Nullable URI jwksUrl;
  private final @Nullable String secretKey;
  private final @Nullable URI apiUrl;
  private final @Nullable String publishableKey;
  private final String @Nullable [] authorizedParties;
  private final String keySource;
  private final List<String> ignored;

  private ClerkEnvironment(Settings settings) {
    this.settings = settings;
    String jwt = value(JWT_KEY);
    String jwks = value(JWKS_URL);
    String secret = value(SECRET_KEY);
    String api = value(API_URL);
    String publishable = value(PUBLISHABLE_KEY);
    String parties = value(AUTHORIZED_PARTIES);
    String source = jwt != null ? JWT_KEY : jwks != null ? JWKS_URL : secret != null ? SECRET_KEY : null;
    if (source == null && publishable == null) {
      throw new IllegalArgumentException("no key source: set " + settings.howToSet(JWT_KEY) + ", "
          + settings.howToSet(JWKS_URL) + ", " + settings.howToSet(SECRET_KEY) + " or "
          + settings.howToSet(PUBLISHABLE_KEY));
    }
    this.keySource = settings.origin(source != null ? source : PUBLISHABLE_KEY);
    this.ignored = new ArrayList<>();
    for (String other : List.of(JWKS_URL, SECRET_KEY)) {
      if (value(other) != null && !other.equals(source)) {
        ignored.add(settings.origin(other) + " is ignored: " + keySource + " takes precedence ("
            + JWT_KEY + " > " + JWKS_URL + " > " + SECRET_KEY + ")");
      }
    }
    if (api != null && !SECRET_KEY.equals(source)) {
      ignored.add(settings.origin(API_URL) + " is ignored: it applies only to the secret key");
    }
    SessionVerifierBuilder check = SessionVerifier.builder();
    this.jwtKey = JWT_KEY.equals(source) ? checked(JWT_KEY, () -> {
      PemPublicKeys.parse(Objects.requireNonNull(jwt));
      return jwt;
    }) : null;
    this.jwksUrl = JWKS_URL.equals(source) ? checked(JWKS_URL, () -> {
      URI url = uri(Objects.requireNonNull(jwks));
      check.jwksUrl(url);
      return url;
    }) : null;
    this.secretKey = SECRET_KEY.equals(source) ? checked(SECRET_KEY, () -> {
      check.secretKey(Objects.requireNonNull(secret));
      return secret;
    }) : null;
    this.apiUrl = SECRET_KEY.equals(source) && api != null ? checked(API_URL, () -> {
      URI url = uri(api);
      check.apiUrl(url);
      return url;
    }) : null;
    this.publishableKey = publishable == null ? null : checked(PUBLISHABLE_KEY, () -> {
      check.publishableKey(publishable);
      return publishable;
    });
    this.authorizedParties = parties == null ? null : checked(AUTHORIZED_PARTIES, () -> {
      String[] origins = parties.split(",");
      List<String> kept = new ArrayList<>();
      for (String origin : origins) {
        if (!origin.isBlank()) {
          kept.add(origin.strip());
        }
      }
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("lists no origin");
      }
      String[] array = kept.toArray(new String[0]);
      check.authorizedParties(array);
      return array;
    });
  }

  /**
   * Reads the process environment ({@link System#getenv(String)}).
   *
   * @return the configuration
   * @throws IllegalArgumentException if no key source is set or a value is invalid (naming it, never its value)
   */
  public static ClerkEnvironment fromSystem() {
    Function<String, @Nullable String> environment = System::getenv;
    return read(environment);
  }

  /**
   * Reads settings from a lookup by environment variable name.
   *
   * @param variables for example {@code System::getenv} or {@code Map::get}
   * @return the configuration
   * @throws IllegalArgumentException if no key source is set or a value is invalid (naming it, never its value)
   */
  public static ClerkEnvironment read(Function<String, @Nullable String> variables) {
    Objects.requireNonNull(variables, "variables");
    Settings settings = variables::apply;
    return from(settings);
  }

  /**
   * Reads settings from any source, for example init-params that override environment variables.
   *
   * @param settings where the values come from and how to name them in messages
   * @return the configuration
   * @throws IllegalArgumentException if no key source is set or a value is invalid (naming it, never its value)
   */
  public static ClerkEnvironment from(Settings settings) {
    return new ClerkEnvironment(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A new builder with the key source, API URL, publishable key and authorized parties set; add other options
   * (clock skew, listener, …) and build.
   *
   * @return a builder; not thread-safe
   */
  public SessionVerifierBuilder builder() {
    SessionVerifierBuilder builder = SessionVerifier.builder();
    if (jwtKey != null) {
      builder.jwtKey(jwtKey);
    } else if (jwksUrl != null) {
      builder.jwksUrl(jwksUrl);
    } else if (secretKey != null) {
      builder.secretKey(secretKey);
      if (apiUrl != null) {
        builder.apiUrl(apiUrl);
      }
    }
    if (publishableKey != null) {
      builder.publishableKey(publishableKey);
    }
    if (authorizedParties != null) {
      builder.authorizedParties(authorizedParties.clone());
    }
    return builder;
  }

  /**
   * The publishable key read from the settings. {@link #builder()} sets it on the verifier, the one place it is
   * configured; the verifier's {@link SessionVerifier#publishableKey()} is where the suffixed session cookie is
   * taken from.
   *
   * @return the publishable key, if one is set
   */
  public Optional<String> publishableKey() {
    return Optional.ofNullable(publishableKey);
  }

  /** @return where the key source used comes from, for example {@code environment variable CLERK_SECRET_KEY} */
  public String keySource() {
    return keySource;
  }

  /** @return one line per setting that is present but unused, safe to log (no values) */
  public List<String> ignoredSettings() {
    return List.copyOf(ignored);
  }

  private @Nullable String value(String variable) {
    String value = settings.value(variable);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private <T> T checked(String variable, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new IllegalArgumentException(settings.origin(variable) + " is invalid: " + invalid.getMessage());
    }
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException notUri) {
      throw new IllegalArgumentException("is not a valid URI");
    }
  }

  @Override
  public String toString() {
    return "ClerkEnvironment[keySource=" + keySource + (publishableKey == null ? "" : ", publishable key") + "]";
  }
}
