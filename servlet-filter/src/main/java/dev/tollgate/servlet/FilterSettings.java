package dev.tollgate.servlet;

import dev.tollgate.SessionVerifier;
import dev.tollgate.SessionVerifierBuilder;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestAuthenticatorBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link TollgateFilter}'s configuration from init-params and environment variables. For each
 * setting the init-param wins over the environment variable; blank values count as unset. Of several key
 * sources the filter uses one, in Clerk's precedence: {@code jwt-key} &gt; {@code jwks-url} &gt;
 * {@code secret-key}; {@code publishable-key} alone is a key source too (the Frontend API JWKS) and always
 * pins the issuer and names the suffixed cookie. Errors name the setting and where its value came from, never
 * the value. Stateless and thread-safe.
 */
final class FilterSettings {

  /** One setting: its init-param name and, for Clerk's settings, its environment variable. */
  private static final class Setting {
    final String initParam;
    final @Nullable String envVar;

    Setting(String initParam, @Nullable String envVar) {
      this.initParam = initParam;
      this.envVar = envVar;
    }
  }

  /** A value with the place it came from, for messages. */
  private static final class Value {
    final String text;
    final String origin;

    Value(String text, String origin) {
      this.text = text;
      this.origin = origin;
    }
  }

  private final Function<String, @Nullable String> initParams;
  private final Function<String, @Nullable String> env;

  private FilterSettings(Function<String, @Nullable String> initParams, Function<String, @Nullable String> env) {
    this.initParams = initParams;
    this.env = env;
  }

  /**
   * Builds the filter's options, with a verifier the filter owns.
   *
   * @param initParams init-param lookup ({@code FilterConfig::getInitParameter})
   * @param env environment lookup ({@code System::getenv} in production)
   * @param log receives notes about ignored settings (never values)
   * @return the options
   * @throws IllegalArgumentException naming the setting when one is invalid or no key source is given
   */
  static FilterOptions read(Function<String, @Nullable String> initParams, Function<String, @Nullable String> env,
      Consumer<String> log) {
    return new FilterSettings(initParams, env).read(log);
  }

  private FilterOptions read(Consumer<String> log) {
    Value jwtKey = value(new Setting(TollgateFilter.INIT_JWT_KEY, TollgateFilter.ENV_JWT_KEY));
    Value jwksUrl = value(new Setting(TollgateFilter.INIT_JWKS_URL, TollgateFilter.ENV_JWKS_URL));
    Value secretKey = value(new Setting(TollgateFilter.INIT_SECRET_KEY, TollgateFilter.ENV_SECRET_KEY));
    Value apiUrl = value(new Setting(TollgateFilter.INIT_API_URL, TollgateFilter.ENV_API_URL));
    Value publishableKey = value(new Setting(TollgateFilter.INIT_PUBLISHABLE_KEY, TollgateFilter.ENV_PUBLISHABLE_KEY));
    Value parties = value(new Setting(TollgateFilter.INIT_AUTHORIZED_PARTIES, TollgateFilter.ENV_AUTHORIZED_PARTIES));
    Value requirePaths = value(new Setting(TollgateFilter.INIT_REQUIRE_PATHS, null));
    Value realm = value(new Setting(TollgateFilter.INIT_REALM, null));
    boolean acceptPending = bool(value(new Setting(TollgateFilter.INIT_ACCEPT_PENDING, null)),
        RequestAuthenticator.DEFAULT_ACCEPT_PENDING);
    boolean debugHeaders = bool(value(new Setting(TollgateFilter.INIT_DEBUG_HEADERS, null)),
        TollgateFilter.DEFAULT_DEBUG_HEADERS);

    PathPatterns paths = requirePaths == null ? PathPatterns.none()
        : checked(requirePaths, () -> PathPatterns.of(list(requirePaths.text)));
    String chosenRealm = realm == null ? TollgateFilter.DEFAULT_REALM : realm.text;
    if (realm != null) {
      checked(realm, () -> BearerChallenge.requireValidRealm(realm.text));
    }

    SessionVerifierBuilder builder = SessionVerifier.builder();
    Value source = jwtKey != null ? jwtKey : jwksUrl != null ? jwksUrl : secretKey;
    if (source == null && publishableKey == null) {
      throw new IllegalArgumentException("no key source: set " + describe(TollgateFilter.INIT_JWT_KEY,
          TollgateFilter.ENV_JWT_KEY) + ", " + describe(TollgateFilter.INIT_JWKS_URL, TollgateFilter.ENV_JWKS_URL)
          + ", " + describe(TollgateFilter.INIT_SECRET_KEY, TollgateFilter.ENV_SECRET_KEY) + " or "
          + describe(TollgateFilter.INIT_PUBLISHABLE_KEY, TollgateFilter.ENV_PUBLISHABLE_KEY));
    }
    for (Value other : Arrays.asList(jwksUrl, secretKey)) {
      if (other != null && other != source) {
        log.accept("Tollgate: " + other.origin + " is ignored: " + source.origin
            + " takes precedence (jwt-key > jwks-url > secret-key)");
      }
    }
    if (source == jwtKey && jwtKey != null) {
      checked(jwtKey, () -> builder.jwtKey(jwtKey.text));
    } else if (source == jwksUrl && jwksUrl != null) {
      checked(jwksUrl, () -> builder.jwksUrl(uri(jwksUrl.text)));
    } else if (source == secretKey && secretKey != null) {
      checked(secretKey, () -> builder.secretKey(secretKey.text));
    }
    if (apiUrl != null) {
      if (source == secretKey && secretKey != null) {
        checked(apiUrl, () -> builder.apiUrl(uri(apiUrl.text)));
      } else {
        log.accept("Tollgate: " + apiUrl.origin + " is ignored: it applies only to the secret key");
      }
    }
    if (publishableKey != null) {
      checked(publishableKey, () -> builder.publishableKey(publishableKey.text));
    }
    if (parties != null) {
      List<String> origins = list(parties.text);
      if (origins.isEmpty()) {
        throw new IllegalArgumentException(parties.origin + " lists no origin");
      }
      checked(parties, () -> builder.authorizedParties(origins.toArray(new String[0])));
    }
    Value built = source != null ? source : publishableKey;
    SessionVerifier verifier = checked(built, builder::build);
    RequestAuthenticatorBuilder authenticator = RequestAuthenticator.builder(verifier).acceptPending(acceptPending);
    if (publishableKey != null) {
      authenticator.publishableKey(publishableKey.text);
    }
    return new FilterOptions(authenticator.build(), paths, chosenRealm, debugHeaders, verifier);
  }

  private @Nullable Value value(Setting setting) {
    String fromInit = initParams.apply(setting.initParam);
    if (fromInit != null && !fromInit.isBlank()) {
      return new Value(fromInit.strip(), "init-param " + setting.initParam);
    }
    if (setting.envVar != null) {
      String fromEnv = env.apply(setting.envVar);
      if (fromEnv != null && !fromEnv.isBlank()) {
        return new Value(fromEnv.strip(), "environment variable " + setting.envVar);
      }
    }
    return null;
  }

  private static String describe(String initParam, String envVar) {
    return initParam + " (or " + envVar + ")";
  }

  private static boolean bool(@Nullable Value value, boolean defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    switch (value.text.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(value.origin + " must be true or false");
    }
  }

  private static List<String> list(String text) {
    List<String> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException notUri) {
      throw new IllegalArgumentException("is not a valid URI");
    }
  }

  /** Runs a builder call; its error becomes one that names the setting and its origin. */
  private static <T> T checked(Value value, Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new IllegalArgumentException(value.origin + " is invalid: " + invalid.getMessage());
    }
  }
}
