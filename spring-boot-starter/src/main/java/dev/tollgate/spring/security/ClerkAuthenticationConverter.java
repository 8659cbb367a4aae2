package dev.tollgate.spring.security;

import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Turns a request that carries a session credential into a {@link ClerkAuthenticationRequest}: one with an
 * {@code Authorization} header field (any scheme, so that {@code Basic x} or a duplicated header is refused as
 * {@code invalid_request} on protected paths, as the servlet filter does), or a non-empty {@code __session} or
 * {@code __session_<suffix>} cookie (the suffix of the verifier's publishable key). A request with neither is
 * left anonymous ({@code null}), so it raises no authentication event. Which credential wins is decided later,
 * by {@link RequestAuthenticator}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClerkAuthenticationConverter implements AuthenticationConverter {

  private final @Nullable String suffixedCookie;

  /**
   * A converter for the cookies of this verifier: {@code __session}, and {@code __session_<suffix>} when the
   * verifier has a publishable key.
   *
   * @param verifier the verifier the provider uses
   */
  public ClerkAuthenticationConverter(SessionVerifier verifier) {
    this(Objects.requireNonNull(verifier, "verifier").publishableKey());
  }

  /**
   * A converter for the cookies of this publishable key.
   *
   * @param publishableKey the key whose cookie suffix names the suffixed cookie, or empty for {@code __session}
   *     only
   */
  public ClerkAuthenticationConverter(Optional<PublishableKey> publishableKey) {
    this.suffixedCookie = publishableKey.map(RequestAuthenticator::sessionCookie).orElse(null);
  }

  /**
   * @param request the request
   * @return the unverified credentials, or {@code null} when the request carries no session credential
   */
  @Override
  public @Nullable ClerkAuthenticationRequest convert(HttpServletRequest request) {
    List<String> authorization = values(request, "Authorization");
    if (authorization.isEmpty() && !hasSessionCookie(request)) {
      return null;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", authorization);
    headers.put("Cookie", values(request, "Cookie"));
    return new ClerkAuthenticationRequest(RequestCredentials.of(headers));
  }

  private boolean hasSessionCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      String name = cookie.getName();
      boolean session = RequestAuthenticator.SESSION_COOKIE.equals(name) || name.equals(suffixedCookie);
      if (session && !cookie.getValue().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> values(HttpServletRequest request, String name) {
    var values = request.getHeaders(name);
    return values == null ? List.of() : Collections.list(values);
  }
}
