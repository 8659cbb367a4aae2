package dev.tollgate;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link AuthorizationCheck}, from {@link AuthorizationCheck#builder()}. Each option may be set once
 * (a second call throws {@link IllegalStateException}); role and permission exclude each other, as do feature
 * and plan (as in Clerk's {@code has()} parameter types), checked by {@link #build()}.
 *
 * <p>Not thread-safe; the check it builds is immutable and thread-safe.
 */
public final class AuthorizationCheckBuilder {
  private @Nullable String role;
  private @Nullable String permission;
  private AuthorizationCheck.@Nullable ScopedName feature;
  private AuthorizationCheck.@Nullable ScopedName plan;
  private @Nullable Reverification reverification;

  AuthorizationCheckBuilder() {}

  /**
   * Asks for an organization role.
   *
   * @param role for example {@code "org:admin"}
   * @return this builder
   * @throws IllegalStateException if the role was already set
   * @throws IllegalArgumentException if {@code role} is blank
   */
  public AuthorizationCheckBuilder role(String role) {
    requireUnset(this.role, "role");
    this.role = requireText(role, "role");
    return this;
  }

  /**
   * Asks for an organization permission.
   *
   * @param permission for example {@code "org:invoices:manage"}
   * @return this builder
   * @throws IllegalStateException if the permission was already set
   * @throws IllegalArgumentException if {@code permission} is blank
   */
  public AuthorizationCheckBuilder permission(String permission) {
    requireUnset(this.permission, "permission");
    this.permission = requireText(permission, "permission");
    return this;
  }

  /**
   * Asks for a billing feature.
   *
   * @param feature {@code name} or {@code scope:name}
   * @return this builder
   * @throws IllegalStateException if the feature was already set
   * @throws IllegalArgumentException if the scope is unknown or the name empty
   */
  public AuthorizationCheckBuilder feature(String feature) {
    requireUnset(this.feature, "feature");
    this.feature = AuthorizationCheck.ScopedName.parse(feature, "feature");
    return this;
  }

  /**
   * Asks for a billing plan.
   *
   * @param plan {@code name} or {@code scope:name}
   * @return this builder
   * @throws IllegalStateException if the plan was already set
   * @throws IllegalArgumentException if the scope is unknown or the name empty
   */
  public AuthorizationCheckBuilder plan(String plan) {
    requireUnset(this.plan, "plan");
    this.plan = AuthorizationCheck.ScopedName.parse(plan, "plan");
    return this;
  }

  /**
   * Asks for recent factor verification.
   *
   * @param reverification the requirement
   * @return this builder
   * @throws IllegalStateException if the reverification was already set
   * @throws NullPointerException if {@code reverification} is {@code null}
   */
  public AuthorizationCheckBuilder reverification(Reverification reverification) {
    requireUnset(this.reverification, "reverification");
    this.reverification = Objects.requireNonNull(reverification, "reverification");
    return this;
  }

  /**
   * Builds the check.
   *
   * @return the check
   * @throws IllegalStateException if nothing is asked, or both role and permission, or both feature and
   *     plan are set
   */
  public AuthorizationCheck build() {
    if (role != null && permission != null) {
      throw new IllegalStateException("a check asks for a role or a permission, not both");
    }
    if (feature != null && plan != null) {
      throw new IllegalStateException("a check asks for a feature or a plan, not both");
    }
    if (role == null && permission == null && feature == null && plan == null && reverification == null) {
      throw new IllegalStateException("a check must ask for a role, permission, feature, plan or reverification");
    }
    return new AuthorizationCheck(role, permission, feature, plan, reverification);
  }

  private static String requireText(String value, String option) {
    Objects.requireNonNull(value, option);
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + " must not be blank");
    }
    return value;
  }
}
