package dev.tollgate.internal.keys;

import dev.tollgate.observability.KeyFetchFailure;
import java.util.Objects;

/** A key set could not be fetched or loaded; carries the safe, typed description. */
public final class KeySetException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient KeyFetchFailure failure;

  public KeySetException(KeyFetchFailure failure) {
    super(failure.toString(), null, false, false);
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  public KeySetException(KeyFetchFailure.Kind kind, String message) {
    this(new KeyFetchFailure(kind, message, 0));
  }

  public KeyFetchFailure failure() {
    return failure;
  }
}
