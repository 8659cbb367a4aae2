package dev.tollgate.backend;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A task the user must finish before a {@link BackendSessionStatus#PENDING pending} session becomes active, for example
 * {@code choose-organization}: one element of a {@link BackendSession}'s {@code tasks}. Members other than
 * {@code key} are ignored. Immutable and thread-safe.
 */
public final class SessionTask {

  private final String key;

  SessionTask(String key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * The task's key.
   *
   * @return for example {@code "choose-organization"}
   */
  public String key() {
    return key;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SessionTask && key.equals(((SessionTask) other).key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "SessionTask[" + key + "]";
  }
}
