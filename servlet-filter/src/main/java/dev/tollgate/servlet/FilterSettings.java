package dev.tollgate.servlet;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.SessionVerifier;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.RequestAuthenticator;
import java.util.ArrayList;
import java.util.Collection;
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
 * pins the issuer and names the suffixed cookie. An init-param of another name, and a list setting that lists
 * nothing, are errors rather than ignored, so that a misspelt {@code require-paths} cannot leave every path
 * open. Errors name the setting and where its value came from, never the value. Stateless and thread-safe.
 */
final class FilterSettings {

  /** Every init-param the filter reads, in the order the error for an unknown one lists them. */
  private static final List<String> INIT_PARAMS = List.of(TollgateFilter.INIT_JWT_KEY,
      TollgateFilter.INIT_JWKS_URL, TollgateFilter.INIT_SECRET_KEY, TollgateFilter.INIT_API_URL,
      TollgateFilter.INIT_PUBLISHABLE_KEY, TollgateFilter.INIT_AUTHORIZED_PARTIES, TollgateFilter.INIT_REQUIRE_PATHS,
      TollgateFilter.INIT_PASS_PREFLIGHT_PATHS, TollgateFilter.INIT_REALM, TollgateFilter.INIT_ACCEPT_PENDING,
      TollgateFilter.INIT_DEBUG_HEADERS);

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
   * @param initParamNames the names of the init-params given ({@code FilterConfig.getInitParameterNames()})
   * @param env environment lookup ({@code System::getenv} in production)
   * @param log receives notes about ignored settings (never values)
   * @return the options
   * @throws IllegalArgumentException naming the setting when one is unknown or invalid, or no key source is given
   */
  static FilterOptions read(Function<String, @Nullable String> initParams, Collection<String> initParamNames,
      Function<String, @Nullable String> env, Consumer<String> log) {
    for (String name : initParamNames) {
      if (!INIT_PARAMS.contains(name)) {
        throw new IllegalArgumentException("init-param " + name + " is unknown (the filter reads "
            + String.join(", ", INIT_PARAMS) + ")");
      }
    }
    return new FilterSettings(initParams, env).read(log);
  }

  private FilterOptions read(Consumer<String> log) {
    Value requirePaths = value(TollgateFilter.INIT_REQUIRE_PATHS, null);
    Value passPreflightPaths = value(TollgateFilter.INIT_PASS_PREFLIGHT_PATHS, null);
    Value realm = value(TollgateFilter.INIT_REALM, null);
    boolean acceptPending = bool(value(TollgateFilter.INIT_ACCEPT_PENDING, null),
        SessionVerifier.DEFAULT_ACCEPT_PENDING);
    boolean debugHeaders = bool(value(TollgateFilter.INIT_DEBUG_HEADERS, null),
        TollgateFilter.DEFAULT_DEBUG_HEADERS);

    PathPatterns paths = patterns(requirePaths);
    PathPatterns preflightPaths = patterns(passPreflightPaths);
    if (passPreflightPaths != null && requirePaths == null) {
      throw new IllegalArgumentException(passPreflightPaths.origin + " applies only together with "
          + TollgateFilter.INIT_REQUIRE_PATHS);
    }
    String chosenRealm = realm == null ? TollgateFilter.DEFAULT_REALM : realm.text;
    if (realm != null) {
      checked(realm, () -> BearerChallenge.requireValidRealm(realm.text));
    }

    ClerkEnvironment clerk = ClerkEnvironment.from(new ClerkSettings());
    clerk.ignoredSettings().forEach(note -> log.accept("Tollgate: " + note));
    SessionVerifier verifier;
    try {
      verifier = clerk.builder().acceptPending(acceptPending).build();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      throw new IllegalArgumentException(clerk.keySource() + " is invalid: " + invalid.getMessage());
    }
    return new FilterOptions(RequestAuthenticator.of(verifier), paths, preflightPaths, chosenRealm, debugHeaders,
        verifier);
  }

  /** Clerk's settings as init-params (which win) or environment variables, named by where they came from. */
  private final class ClerkSettings implements ClerkEnvironment.Settings {

    @Override
    public @Nullable String value(String variable) {
      Value value = FilterSettings.this.value(initParam(variable), variable);
      return value == null ? null : value.text;
    }

    @Override
    public String origin(String variable) {
      Value value = FilterSettings.this.value(initParam(variable), variable);
      return value == null ? variable : value.origin;
    }

    @Override
    public String howToSet(String variable) {
      return initParam(variable) + " (or " + variable + ")";
    }

    /** The init-param that stands for one of Clerk's environment variables. */
    private String initParam(String variable) {
      switch (variable) {
        case ClerkEnvironment.JWT_KEY:
          return TollgateFilter.INIT_JWT_KEY;
        case ClerkEnvironment.JWKS_URL:
          return TollgateFilter.INIT_JWKS_URL;
        case ClerkEnvironment.SECRET_KEY:
          return TollgateFilter.INIT_SECRET_KEY;
        case ClerkEnvironment.API_URL:
          return TollgateFilter.INIT_API_URL;
        case ClerkEnvironment.PUBLISHABLE_KEY:
          return TollgateFilter.INIT_PUBLISHABLE_KEY;
        case ClerkEnvironment.AUTHORIZED_PARTIES:
          return TollgateFilter.INIT_AUTHORIZED_PARTIES;
        default:
          throw new IllegalArgumentException("unknown Clerk setting " + variable);
      }
    }
  }

  /** The init-param's value, else the environment variable's ({@code null}: no variable); blank is unset. */
  private @Nullable Value value(String initParam, @Nullable String envVar) {
    String fromInit = initParams.apply(initParam);
    if (fromInit != null && !fromInit.isBlank()) {
      return new Value(fromInit.strip(), "init-param " + initParam);
    }
    if (envVar != null) {
      String fromEnv = env.apply(envVar);
      if (fromEnv != null && !fromEnv.isBlank()) {
        return new Value(fromEnv.strip(), "environment variable " + envVar);
      }
    }
    return null;
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

  /** A comma-separated pattern list; one that lists nothing is an error, never "no path". */
  private static PathPatterns patterns(@Nullable Value value) {
    if (value == null) {
      return PathPatterns.none();
    }
    return checked(value, () -> {
      List<String> items = new ArrayList<>();
      for (String item : value.text.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      if (items.isEmpty()) {
        throw new IllegalArgumentException("lists no pattern");
      }
      return PathPatterns.of(items);
    });
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
