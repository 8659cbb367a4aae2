package dev.tollgate.spring.security;

import dev.tollgate.Session;
import java.util.Collection;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An authenticated request: its principal is the verified {@link Session}, so a controller parameter
 * {@code @AuthenticationPrincipal Session session} receives it, and {@link #getName()} is the user id. The
 * credentials are the session token itself; {@link #toString()} never shows them.
 *
 * <p>Immutable once created (it is created authenticated) and thread-safe.
 */
public final class ClerkSessionAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient Session session;

  /**
   * Creates an authenticated token.
   *
   * @param session the verified session; not {@code null}
   * @param authorities what the session grants, for example from {@link SessionAuthoritiesMapper}
   * @throws NullPointerException if an argument is {@code null}
   */
  public ClerkSessionAuthentication(Session session, Collection<? extends GrantedAuthority> authorities) {
    super(Objects.requireNonNull(authorities, "authorities"));
    this.session = Objects.requireNonNull(session, "session");
    super.setAuthenticated(true);
  }

  /** @return the verified session; never {@code null} */
  public Session session() {
    return session;
  }

  /** @return the verified session */
  @Override
  public Session getPrincipal() {
    return session;
  }

  /** @return the session token the session was verified from */
  @Override
  public String getCredentials() {
    return session.token();
  }

  /** @return the Clerk user id, for example {@code user_2abc} */
  @Override
  public String getName() {
    return session.userId();
  }

  /**
   * Refuses to be marked unauthenticated after creation, since its principal is a verified session.
   *
   * @param authenticated must be {@code false} to have an effect
   * @throws IllegalArgumentException if {@code authenticated} is {@code true}
   */
  @Override
  public void setAuthenticated(boolean authenticated) {
    if (authenticated) {
      throw new IllegalArgumentException("a ClerkSessionAuthentication is created authenticated");
    }
    super.setAuthenticated(false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClerkSessionAuthentication that && super.equals(that) && session.equals(that.session);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + session.hashCode();
  }
}
