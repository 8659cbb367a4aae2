package dev.tollgate.spring.security;

import dev.tollgate.web.AuthResult;
import dev.tollgate.web.RequestAuthenticator;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Verifies a {@link ClerkAuthenticationRequest} with {@link RequestAuthenticator}, which takes the whole decision
 * (which credential, which token types, pending sessions), and answers:
 * <ul>
 *   <li>signed in: a {@link ClerkSessionAuthentication} with the {@link SessionAuthoritiesMapper}'s authorities;</li>
 *   <li>signed out: {@link BadCredentialsException};</li>
 *   <li>keys unavailable: {@link AuthenticationServiceException} (answered 503, never 401).</li>
 * </ul>
 * The exceptions are Spring Security's own classes, so its default event publisher raises
 * {@code AuthenticationFailureBadCredentialsEvent} and {@code AuthenticationFailureServiceExceptionEvent}; the
 * decision is recorded on the request as its {@linkplain ClerkAuthenticationRequest#outcome() outcome}. Their
 * messages never contain a token.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClerkAuthenticationProvider implements AuthenticationProvider {

  private final RequestAuthenticator authenticator;
  private final SessionAuthoritiesMapper authorities;

  /**
   * Creates a provider.
   *
   * @param authenticator decides each request
   * @param authorities turns a verified session into authorities
   * @throws NullPointerException if an argument is {@code null}
   */
  public ClerkAuthenticationProvider(RequestAuthenticator authenticator, SessionAuthoritiesMapper authorities) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.authorities = Objects.requireNonNull(authorities, "authorities");
  }

  /**
   * @param authentication a {@link ClerkAuthenticationRequest}
   * @return the authenticated session
   * @throws AuthenticationException when the request is signed out or the keys are unavailable, as described above
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    ClerkAuthenticationRequest request = (ClerkAuthenticationRequest) authentication;
    return authenticated(request, authenticator.authenticate(request.credentials()));
  }

  /**
   * The answer to a request {@link RequestAuthenticator} has decided, as described on the class; the reactive
   * side, which decides with {@link RequestAuthenticator#authenticateAsync}, answers with it too.
   *
   * @param request the request that was decided; a refusal is recorded on it
   * @param result the decision
   * @return the authenticated session
   * @throws AuthenticationException when the request is signed out or the keys are unavailable
   */
  public Authentication authenticated(ClerkAuthenticationRequest request, AuthResult result) {
    Objects.requireNonNull(request, "request");
    if (Objects.requireNonNull(result, "result") instanceof AuthResult.SignedIn signedIn) {
      ClerkSessionAuthentication authenticated = new ClerkSessionAuthentication(signedIn.session(),
          authorities.authorities(signedIn.session()));
      authenticated.setDetails(request.getDetails());
      return authenticated;
    }
    AuthenticationException refused = result instanceof AuthResult.SignedOut signedOut
        ? new BadCredentialsException(signedOut.message())
        : new AuthenticationServiceException("The signing keys are unavailable.");
    request.refusedWith(result);
    throw refused;
  }

  /** @return {@code true} for {@link ClerkAuthenticationRequest} */
  @Override
  public boolean supports(Class<?> authentication) {
    return ClerkAuthenticationRequest.class.isAssignableFrom(authentication);
  }
}
