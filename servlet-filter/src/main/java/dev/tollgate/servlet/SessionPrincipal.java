package dev.tollgate.servlet;

import dev.tollgate.Session;
import java.security.Principal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code getUserPrincipal()} of a signed-in request: its name is the Clerk user id, and it carries the
 * {@link Session}. Immutable and thread-safe; {@link #toString()} never contains the token.
 */
public final class SessionPrincipal implements Principal {

  private final Session session;

  SessionPrincipal(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /** @return the user id ({@code sub}), for example {@code user_2abc} */
  @Override
  public String getName() {
    return session.userId();
  }

  /** @return the verified session */
  public Session session() {
    return session;
  }

  /** Equal when both carry the same session (the same token). */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SessionPrincipal && session.equals(((SessionPrincipal) other).session);
  }

  @Override
  public int hashCode() {
    return session.hashCode();
  }

  @Override
  public String toString() {
    return "SessionPrincipal[" + session.userId() + "]";
  }
}
