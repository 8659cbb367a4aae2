package dev.tollgate.spring.security;

import dev.tollgate.Reverification;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * Access is denied until the user verifies a factor again. {@link TollgateAccessDeniedHandler} answers it with 403
 * and Clerk's {@code reverification-error} body, which Clerk's front end turns into a reverification prompt.
 * {@link ClerkMethodSecurity#reverified(String)} throws it; an application may throw it too.
 */
public class ReverificationRequiredException extends AccessDeniedException {

  private static final long serialVersionUID = 1L;

  private final transient Reverification required;

  /**
   * Creates the exception.
   *
   * @param required the requirement the session failed
   * @throws NullPointerException if {@code required} is {@code null}
   */
  public ReverificationRequiredException(Reverification required) {
    super("Reverification " + Objects.requireNonNull(required, "required") + " is required.");
    this.required = required;
  }

  /** @return the requirement the session failed */
  public Reverification required() {
    return required;
  }
}
