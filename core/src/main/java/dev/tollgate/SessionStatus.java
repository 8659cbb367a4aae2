package dev.tollgate;

import java.util.Objects;
import java.util.Optional;

/**
 * The status a session token carries in its {@code sts} claim.
 *
 * <p>Clerk omits {@code sts} for active sessions, so an absent claim is {@link #ACTIVE}. A pending session
 * belongs to a user who signed in but still has a task to finish (for example choosing an organization);
 * Clerk's SDKs treat it as signed out unless told otherwise.
 */
public enum SessionStatus {

  /** The session is active: {@code sts} is {@code "active"} or absent. */
  ACTIVE("active"),

  /** The user signed in but has a pending session task: {@code sts} is {@code "pending"}. */
  PENDING("pending");

  private final String claimValue;

  SessionStatus(String claimValue) {
    this.claimValue = claimValue;
  }

  /**
   * The value of the {@code sts} claim for this status.
   *
   * @return {@code "active"} or {@code "pending"}
   */
  public String claimValue() {
    return claimValue;
  }

  /**
   * Looks up a status by its exact claim value.
   *
   * @param claimValue the {@code sts} value
   * @return the status, or empty if the value is not one Tollgate knows
   */
  public static Optional<SessionStatus> fromClaim(String claimValue) {
    Objects.requireNonNull(claimValue, "claimValue");
    for (SessionStatus status : values()) {
      if (status.claimValue.equals(claimValue)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
