package dev.tollgate.spring.security;

import dev.tollgate.AuthorizationCheck;
import dev.tollgate.Reverification;
import dev.tollgate.Session;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Clerk's {@code has()} and reverification for security expressions; the starter registers it as the bean
 * {@value #BEAN_NAME}, so {@code @PreAuthorize("@clerk.has('org:invoices:manage')")} and
 * {@code @PreAuthorize("@clerk.reverified('strict')")} work. Every check reads the current
 * {@link ClerkSessionAuthentication} and fails ({@code false}) without one.
 *
 * <p>{@link #has(String)} reads a name as Clerk's keys are written: {@code feature:<name>} and {@code plan:<name>}
 * (the name may carry a scope, {@code org:} or {@code user:}) are billing checks; otherwise, after its leading
 * {@code org:} prefixes, a name with a colon is an organization permission ({@code org:invoices:manage}) and one
 * without is a role ({@code org:admin}, {@code admin}). Semantics are those of {@link Session#has(AuthorizationCheck)}.
 *
 * <p>A name that is blank or malformed is a mistake in the expression and throws {@link IllegalArgumentException}.
 * Immutable and thread-safe.
 */
public final class ClerkMethodSecurity {

  /** The name of the bean: {@value}. */
  public static final String BEAN_NAME = "clerk";

  private static final String FEATURE = "feature:";
  private static final String PLAN = "plan:";
  private static final String ORG = "org:";

  private final SecurityContextHolderStrategy contexts;

  /** Reads the current authentication from {@link SecurityContextHolder}'s strategy. */
  public ClerkMethodSecurity() {
    this(SecurityContextHolder.getContextHolderStrategy());
  }

  /**
   * Reads the current authentication from this strategy.
   *
   * @param contexts where the current security context is kept
   */
  public ClerkMethodSecurity(SecurityContextHolderStrategy contexts) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
  }

  /**
   * Clerk's {@code has()} for one name, read as described on the class.
   *
   * @param name for example {@code org:admin}, {@code org:invoices:manage}, {@code feature:reservations} or
   *     {@code plan:user:pro}
   * @return {@code true} if the current session has it
   * @throws IllegalArgumentException if the name is blank or malformed
   */
  public boolean has(String name) {
    return has(check(Objects.requireNonNull(name, "name")));
  }

  /**
   * Requires a fresh factor verification, by one of Clerk's presets.
   *
   * @param preset {@code strict_mfa}, {@code strict}, {@code moderate} or {@code lax}
   * @return {@code true} if the current session is reverified; {@code false} without a session (answered 401)
   * @throws ReverificationRequiredException if a session is signed in but not reverified (answered 403 with Clerk's
   *     {@code reverification-error} body)
   * @throws IllegalArgumentException if the preset is not one of Clerk's
   */
  public boolean reverified(String preset) {
    Reverification required = Reverification.preset(Objects.requireNonNull(preset, "preset"))
        .orElseThrow(() -> new IllegalArgumentException("unknown reverification preset; Clerk's are strict_mfa,"
            + " strict, moderate and lax"));
    Optional<Session> session = current();
    if (session.isEmpty()) {
      return false;
    }
    if (!session.get().isReverified(required)) {
      throw new ReverificationRequiredException(required);
    }
    return true;
  }

  private boolean has(AuthorizationCheck check) {
    return current().map(session -> session.has(check)).orElse(false);
  }

  private Optional<Session> current() {
    Authentication authentication = contexts.getContext().getAuthentication();
    return authentication instanceof ClerkSessionAuthentication clerk ? Optional.of(clerk.session())
        : Optional.empty();
  }

  private static AuthorizationCheck check(String name) {
    if (name.startsWith(FEATURE)) {
      return AuthorizationCheck.feature(name.substring(FEATURE.length()));
    }
    if (name.startsWith(PLAN)) {
      return AuthorizationCheck.plan(name.substring(PLAN.length()));
    }
    String bare = name;
    while (bare.startsWith(ORG)) {
      bare = bare.substring(ORG.length());
    }
    return bare.contains(":") ? AuthorizationCheck.permission(name) : AuthorizationCheck.role(name);
  }
}
