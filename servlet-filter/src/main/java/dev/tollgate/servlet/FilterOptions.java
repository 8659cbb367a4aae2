package dev.tollgate.servlet;

import dev.tollgate.SessionVerifier;
import dev.tollgate.web.BearerChallenge;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link TollgateFilter} decides with, from {@link TollgateFilterBuilder} or from
 * {@link FilterSettings}. Immutable and thread-safe.
 */
final class FilterOptions {

  final RequestAuthenticator authenticator;
  final PathPatterns requirePaths;
  /** Required paths where an anonymous CORS preflight still continues down the chain. */
  final PathPatterns passPreflightPaths;
  final String realm;
  final boolean debugHeaders;
  /** The verifier the filter built itself and closes in {@code destroy()}; {@code null} when given to it. */
  final @Nullable SessionVerifier ownedVerifier;

  FilterOptions(RequestAuthenticator authenticator, PathPatterns requirePaths, PathPatterns passPreflightPaths,
      String realm, boolean debugHeaders, @Nullable SessionVerifier ownedVerifier) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.requirePaths = Objects.requireNonNull(requirePaths, "requirePaths");
    this.passPreflightPaths = Objects.requireNonNull(passPreflightPaths, "passPreflightPaths");
    this.realm = BearerChallenge.requireValidRealm(realm);
    this.debugHeaders = debugHeaders;
    this.ownedVerifier = ownedVerifier;
  }
}
