package dev.tollgate.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What failed inside a future, without the wrappers the future API adds around it. */
public final class Futures {

  private Futures() {}

  /**
   * Unwraps {@link CompletionException} and {@link ExecutionException} layers that carry a cause.
   *
   * @return the innermost such cause, or {@code error} itself if it is not such a wrapper
   */
  public static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
