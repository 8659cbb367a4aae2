package dev.tollgate.backend;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code status} of a Backend API {@link BackendSession}: one of the eight values of Clerk's schema, or any other
 * string a newer API sends, kept as it came.
 *
 * <p>Known values are the constants of this class, and {@link #of(String)} returns those very instances, so
 * they compare with {@code ==} as well as {@link #equals(Object)}. An unknown value is a new instance for which
 * {@link #isKnown()} is {@code false}; it is never turned into one of the known ones. Immutable and
 * thread-safe.
 *
 * <p>Not to be confused with {@link dev.tollgate.SessionStatus}, the two values a session token's {@code sts}
 * claim can carry.
 */
public final class BackendSessionStatus {

  /** {@code active}: the session is signed in. */
  public static final BackendSessionStatus ACTIVE = new BackendSessionStatus("active");

  /** {@code revoked}: the session was revoked, for example through the Backend API. */
  public static final BackendSessionStatus REVOKED = new BackendSessionStatus("revoked");

  /** {@code ended}: the user signed out of the session. */
  public static final BackendSessionStatus ENDED = new BackendSessionStatus("ended");

  /** {@code expired}: the session reached its {@code expire_at}. */
  public static final BackendSessionStatus EXPIRED = new BackendSessionStatus("expired");

  /** {@code removed}: the session was removed from its client. */
  public static final BackendSessionStatus REMOVED = new BackendSessionStatus("removed");

  /** {@code abandoned}: the session was inactive until its {@code abandon_at}. */
  public static final BackendSessionStatus ABANDONED = new BackendSessionStatus("abandoned");

  /** {@code replaced}: another session took this one's place on the client. */
  public static final BackendSessionStatus REPLACED = new BackendSessionStatus("replaced");

  /** {@code pending}: the user signed in but has a session task to finish (see {@link BackendSession#tasks()}). */
  public static final BackendSessionStatus PENDING = new BackendSessionStatus("pending");

  private static final List<BackendSessionStatus> KNOWN =
      List.of(ACTIVE, REVOKED, ENDED, EXPIRED, REMOVED, ABANDONED, REPLACED, PENDING);

  private final String value;

  private BackendSessionStatus(String value) {
    this.value = value;
  }

  /**
   * The status for a raw value.
   *
   * @param value the {@code status} string as the API sent it
   * @return the known constant for that exact value, or a new unknown status that keeps it
   */
  public static BackendSessionStatus of(String value) {
    Objects.requireNonNull(value, "value");
    for (BackendSessionStatus known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new BackendSessionStatus(value);
  }

  /**
   * The statuses of Clerk's schema, in the schema's order.
   *
   * @return an unmodifiable list of the eight known statuses
   */
  public static List<BackendSessionStatus> knownValues() {
    return KNOWN;
  }

  /**
   * The raw value, as sent and as serialised.
   *
   * @return for example {@code "active"}
   */
  public String value() {
    return value;
  }

  /**
   * Whether this is one of the schema's eight statuses.
   *
   * @return {@code false} for a value a newer API introduced
   */
  public boolean isKnown() {
    for (BackendSessionStatus known : KNOWN) {
      if (known.equals(this)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a session in this status is still valid. Clerk's documentation says sessions that are "expired,
   * removed, replaced, ended or abandoned are not considered valid". Tollgate also counts {@code revoked} as
   * not valid (a revoked session can no longer be used; the sentence predates the status) and fails closed on
   * unknown values, so only {@link #ACTIVE} and {@link #PENDING} are valid.
   *
   * @return {@code true} for {@code active} and {@code pending}
   * @see <a href="https://clerk.com/docs/reference/javascript/session">Clerk: the Session object</a>
   */
  public boolean isValid() {
    return ACTIVE.equals(this) || PENDING.equals(this);
  }

  /** Statuses are equal when their raw values are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BackendSessionStatus && value.equals(((BackendSessionStatus) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** @return the raw value */
  @Override
  public String toString() {
    return value;
  }
}
