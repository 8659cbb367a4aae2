package dev.tollgate;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code act} claim: who is acting on the user's behalf, for example a support agent impersonating the
 * user from Clerk's dashboard (<a href="https://www.rfc-editor.org/rfc/rfc8693#section-4.1">RFC 8693 §4.1</a>).
 *
 * <p>Immutable and thread-safe.
 */
public final class Actor {

  private final String subject;
  private final @Nullable String issuer;
  private final @Nullable String sessionId;
  private final @Nullable String type;
  private final Map<String, @Nullable Object> claims;

  Actor(String subject, @Nullable String issuer, @Nullable String sessionId, @Nullable String type,
      Map<String, @Nullable Object> claims) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.issuer = issuer;
    this.sessionId = sessionId;
    this.type = type;
    this.claims = Objects.requireNonNull(claims, "claims");
  }

  /**
   * The actor's user id ({@code act.sub}), for example the impersonating agent.
   *
   * @return the subject, never empty
   */
  public String subject() {
    return subject;
  }

  /**
   * Where the actor acts from ({@code act.iss}), for example {@code https://dashboard.clerk.com}.
   *
   * @return the issuer, if present
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /**
   * The actor's own session id ({@code act.sid}).
   *
   * @return the session id, if present
   */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /**
   * The kind of actor ({@code act.type}), for example {@code "agent"}.
   *
   * @return the type, if present
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Every member of the {@code act} object, unmodifiable, in token order.
   *
   * @return the raw claim
   */
  public Map<String, @Nullable Object> claims() {
    return claims;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Actor && claims.equals(((Actor) other).claims);
  }

  @Override
  public int hashCode() {
    return claims.hashCode();
  }

  @Override
  public String toString() {
    return "Actor[subject=" + subject + ", issuer=" + issuer + ", sessionId=" + sessionId + ", type=" + type + "]";
  }
}
