package dev.tollgate.spring.security.reactive;

import dev.tollgate.spring.security.ClerkAuthenticationProvider;
import dev.tollgate.spring.security.ClerkAuthenticationRequest;
import dev.tollgate.spring.security.SessionAuthoritiesMapper;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Objects;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Verifies a {@link ClerkAuthenticationRequest} with {@link RequestAuthenticator#authenticateAsync}, so no thread
 * waits while the keys load, and answers as {@link ClerkAuthenticationProvider} does, with the same types: a
 * {@link dev.tollgate.spring.security.ClerkSessionAuthentication} with the {@link SessionAuthoritiesMapper}'s
 * authorities; {@code BadCredentialsException} when signed out; {@code AuthenticationServiceException} when the keys
 * are unavailable (answered 503, never 401). A refusal is recorded on the request as its
 * {@linkplain ClerkAuthenticationRequest#outcome() outcome}. Any other {@link Authentication} gives an empty
 * {@link Mono}: it is not this manager's to decide.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClerkReactiveAuthenticationManager implements ReactiveAuthenticationManager {

  private final RequestAuthenticator authenticator;
  private final ClerkAuthenticationProvider answers;

  /**
   * Creates a manager.
   *
   * @param authenticator decides each request
   * @param authorities turns a verified session into authorities
   * @throws NullPointerException if an argument is {@code null}
   */
  public ClerkReactiveAuthenticationManager(RequestAuthenticator authenticator, SessionAuthoritiesMapper authorities) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.answers = new ClerkAuthenticationProvider(authenticator, authorities);
  }

  /**
   * @param authentication a {@link ClerkAuthenticationRequest}
   * @return the authenticated session; fails with an {@code AuthenticationException} as described on the class
   */
  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    if (!(authentication instanceof ClerkAuthenticationRequest request)) {
      return Mono.empty();
    }
    return Mono.fromCompletionStage(() -> authenticator.authenticateAsync(request.credentials()))
        .map(result -> answers.authenticated(request, result));
  }
}
