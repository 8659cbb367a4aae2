package dev.tollgate.spring.security;

import dev.tollgate.web.AuthResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request through the {@link AuthenticationManager}. A refused request continues anonymous, with
 * the refusal kept under {@link #OUTCOME_ATTRIBUTE}: a permitted path serves it (a bad token on a public path is
 * not a 401), and on a protected path the entry point answers with the refusal's exact status. The context is kept
 * in a request attribute, never in a session (every request carries its token): the request's async and error
 * dispatches, which this filter does not run again, keep it, as the servlet filter reuses its decision there.
 * Thread-safe.
 */
final class ClerkAuthenticationFilter extends OncePerRequestFilter {

  /** Request attribute holding the {@link AuthResult} that refused the request's credentials. */
  static final String OUTCOME_ATTRIBUTE = ClerkAuthenticationFilter.class.getName() + ".OUTCOME";

  private final AuthenticationConverter converter;
  private final AuthenticationManager manager;
  private final SecurityContextHolderStrategy contexts;
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
  private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

  ClerkAuthenticationFilter(AuthenticationConverter converter, AuthenticationManager manager,
      SecurityContextHolderStrategy contexts) {
    this.converter = converter;
    this.manager = manager;
    this.contexts = contexts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication credentials = converter.convert(request);
    if (credentials instanceof ClerkAuthenticationRequest unverified) {
      unverified.setDetails(details.buildDetails(request));
    }
    if (credentials != null) {
      try {
        Authentication authenticated = manager.authenticate(credentials);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authenticated);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
      } catch (AuthenticationException refused) {
        contexts.clearContext();
        if (credentials instanceof ClerkAuthenticationRequest unverified) {
          unverified.outcome().ifPresent(result -> request.setAttribute(OUTCOME_ATTRIBUTE, result));
        }
      }
    }
    chain.doFilter(request, response);
  }
}
