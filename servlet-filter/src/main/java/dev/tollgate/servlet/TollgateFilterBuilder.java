package dev.tollgate.servlet;

import dev.tollgate.SessionVerifier;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a programmatically configured {@link TollgateFilter}. Each option may be set once (a second call
 * throws {@link IllegalStateException}); defaults are the {@code DEFAULT_*} constants of
 * {@link TollgateFilter}. Token decisions are the verifier's: whether pending sessions are accepted
 * ({@link dev.tollgate.SessionVerifierBuilder#acceptPending(boolean)}) and, from its publishable key
 * ({@link dev.tollgate.SessionVerifierBuilder#publishableKey(String)}), the suffixed session cookie to read.
 * Not thread-safe; the filter it builds is.
 */
public final class TollgateFilterBuilder {

  private final SessionVerifier verifier;
  private @Nullable PathPatterns requirePaths;
  private @Nullable PathPatterns passPreflightPaths;
  private @Nullable String realm;
  private @Nullable Boolean debugHeaders;

  TollgateFilterBuilder(SessionVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  /**
   * Paths where a request must be signed in, as servlet-style patterns relative to the context: {@code /*},
   * {@code /api/*}, {@code *.json} or an exact path. Default: none, every request continues (attach-only).
   *
   * @param patterns one or more patterns
   * @return this builder
   * @throws IllegalStateException if requirePaths was already set
   * @throws IllegalArgumentException for a pattern of another form
   */
  public TollgateFilterBuilder requirePaths(String... patterns) {
    requireUnset(requirePaths, "requirePaths");
    requirePaths = patterns("requirePaths", patterns);
    return this;
  }

  /**
   * Required paths where an anonymous CORS preflight ({@code OPTIONS} with {@code Access-Control-Request-Method})
   * continues down the chain, untouched, for an application whose handler answers preflights itself. Default:
   * none, a preflight on a required path gets the same decision as any other request (an anonymous one is
   * refused with 401 and never reaches the handler). Name only paths whose handler dispatches by method: one
   * that answers every method alike (a proxy servlet, a front controller) would serve the protected content to
   * the anonymous caller. A CORS filter mapped before this one needs no such path. Needs
   * {@link #requirePaths(String...)}; same pattern forms.
   *
   * @param patterns one or more patterns
   * @return this builder
   * @throws IllegalStateException if passPreflightPaths was already set
   * @throws IllegalArgumentException for a pattern of another form
   */
  public TollgateFilterBuilder passPreflightPaths(String... patterns) {
    requireUnset(passPreflightPaths, "passPreflightPaths");
    passPreflightPaths = patterns("passPreflightPaths", patterns);
    return this;
  }

  /**
   * The realm of the {@code WWW-Authenticate} challenge. Default {@value TollgateFilter#DEFAULT_REALM}.
   *
   * @param realm printable ASCII without {@code "} and {@code \}, 1 to 100 characters
   * @return this builder
   * @throws IllegalStateException if realm was already set
   * @throws IllegalArgumentException if the realm is empty, longer than 100 characters, or has a character
   *     outside printable ASCII, or {@code "} or {@code \\}
   */
  public TollgateFilterBuilder realm(String realm) {
    requireUnset(this.realm, "realm");
    this.realm = BearerChallenge.requireValidRealm(realm);
    return this;
  }

  /**
   * Whether to send {@code x-clerk-auth-status} and {@code x-clerk-auth-reason} on every authenticated
   * response, for debugging. Default {@code false}.
   *
   * @param enabled {@code true} to send them
   * @return this builder
   * @throws IllegalStateException if debugHeaders was already set
   */
  public TollgateFilterBuilder debugHeaders(boolean enabled) {
    requireUnset(debugHeaders, "debugHeaders");
    debugHeaders = enabled;
    return this;
  }

  /**
   * Builds the filter. Register it with the container; its {@code init} ignores init-params.
   *
   * @return the filter
   * @throws IllegalStateException if {@code passPreflightPaths} is set without {@code requirePaths}
   */
  public TollgateFilter build() {
    if (passPreflightPaths != null && requirePaths == null) {
      throw new IllegalStateException("passPreflightPaths applies only together with requirePaths");
    }
    return new TollgateFilter(new FilterOptions(RequestAuthenticator.of(verifier),
        requirePaths != null ? requirePaths : PathPatterns.none(),
        passPreflightPaths != null ? passPreflightPaths : PathPatterns.none(),
        realm != null ? realm : TollgateFilter.DEFAULT_REALM,
        debugHeaders != null ? debugHeaders : TollgateFilter.DEFAULT_DEBUG_HEADERS, null));
  }

  private static PathPatterns patterns(String option, String[] patterns) {
    Objects.requireNonNull(patterns, "patterns");
    if (patterns.length == 0) {
      throw new IllegalArgumentException(option + " needs at least one pattern");
    }
    return PathPatterns.of(Arrays.asList(patterns));
  }

  private static void requireUnset(@Nullable Object current, String option) {
    if (current != null) {
      throw new IllegalStateException(option + " was already set");
    }
  }
}
