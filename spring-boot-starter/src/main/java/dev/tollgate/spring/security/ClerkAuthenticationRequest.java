package dev.tollgate.spring.security;

import dev.tollgate.web.AuthResult;
import dev.tollgate.web.RequestCredentials;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request's credentials before they are verified: a copy of its {@code Authorization} and {@code Cookie} header
 * fields, which {@link ClerkAuthenticationProvider} hands to {@link dev.tollgate.web.RequestAuthenticator}. When
 * the provider refuses the request, it records the decision here ({@link #outcome()}), so the entry point can
 * answer exactly why.
 *
 * <p>Never authenticated. One per request: the outcome is recorded once, by the thread that authenticates the
 * request, and read by the same request's processing. {@link #toString()} never shows the headers.
 */
public final class ClerkAuthenticationRequest extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient RequestCredentials credentials;
  private transient volatile @Nullable AuthResult outcome;

  /**
   * Creates a request that has not been verified yet.
   *
   * @param credentials the request's header fields; the provider reads {@code Authorization} and {@code Cookie}
   * @throws NullPointerException if {@code credentials} is {@code null}
   */
  public ClerkAuthenticationRequest(RequestCredentials credentials) {
    super(List.of());
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** Records the decision that refused this request: {@link AuthResult.SignedOut} or {@link AuthResult.Unavailable}. */
  void refusedWith(AuthResult refusal) {
    this.outcome = Objects.requireNonNull(refusal, "refusal");
  }

  /** @return the request's header fields */
  public RequestCredentials credentials() {
    return credentials;
  }

  /** @return the decision that refused this request, or empty while it has not been verified */
  public Optional<AuthResult> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** @return the request's header fields */
  @Override
  public RequestCredentials getCredentials() {
    return credentials;
  }

  /** @return an empty string: nobody is known before verification */
  @Override
  public String getPrincipal() {
    return "";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    AuthResult refusal = outcome;
    return "ClerkAuthenticationRequest[" + (refusal == null ? "unverified" : refusal.toString()) + "]";
  }
}
