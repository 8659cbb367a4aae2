package dev.tollgate;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Session#has(AuthorizationCheck)} asks: an organization role <em>or</em> permission, a billing
 * feature <em>or</em> plan, and a reverification requirement, with Clerk's semantics. Every dimension that is
 * asked must pass; a check asks at least one.
 *
 * <ul>
 *   <li><b>Role / permission</b> need an active organization, and a role check the token's role (a permission
 *       check does not). The asked name's leading {@code org:} prefixes become one, so {@code role("admin")} and
 *       {@code role("org:admin")} are the same check. A role is compared after the same rule on the token's
 *       role; a permission must be listed exactly so (an entry sent as {@code invoices:manage} or
 *       {@code org:org:invoices:manage} grants nothing, as in Clerk).</li>
 *   <li><b>Feature / plan</b> are {@code name} or {@code scope:name}, where scope is {@code org}
 *       ({@code o}, {@code organization}) or {@code user} ({@code u}); a bare name matches either scope.</li>
 *   <li><b>Reverification</b> needs the {@code fva} claim; see {@link Reverification}.</li>
 * </ul>
 *
 * <p>Anything the token does not carry fails the check: it is never indeterminate. Immutable and
 * thread-safe; build with the static factories or {@link #builder()}.
 */
public final class AuthorizationCheck {

  private final @Nullable String role;
  private final @Nullable String permission;
  private final @Nullable ScopedName feature;
  private final @Nullable ScopedName plan;
  private final @Nullable Reverification reverification;

  private AuthorizationCheck(Builder builder) {
    this.role = builder.role;
    this.permission = builder.permission;
    this.feature = builder.feature;
    this.plan = builder.plan;
    this.reverification = builder.reverification;
  }

  /**
   * A check for an organization role.
   *
   * @param role for example {@code "org:admin"} or {@code "admin"}
   * @return the check
   * @throws IllegalArgumentException if {@code role} is blank
   */
  public static AuthorizationCheck role(String role) {
    return builder().role(role).build();
  }

  /**
   * A check for an organization permission.
   *
   * @param permission for example {@code "org:invoices:manage"}
   * @return the check
   * @throws IllegalArgumentException if {@code permission} is blank
   */
  public static AuthorizationCheck permission(String permission) {
    return builder().permission(permission).build();
  }

  /**
   * A check for a billing feature.
   *
   * @param feature {@code name} or {@code scope:name}, for example {@code "user:dashboard"}
   * @return the check
   * @throws IllegalArgumentException if the scope is unknown or the name empty
   */
  public static AuthorizationCheck feature(String feature) {
    return builder().feature(feature).build();
  }

  /**
   * A check for a billing plan.
   *
   * @param plan {@code name} or {@code scope:name}, for example {@code "org:business"}
   * @return the check
   * @throws IllegalArgumentException if the scope is unknown or the name empty
   */
  public static AuthorizationCheck plan(String plan) {
    return builder().plan(plan).build();
  }

  /**
   * A check for recent factor verification.
   *
   * @param reverification the requirement, for example {@link Reverification#STRICT}
   * @return the check
   */
  public static AuthorizationCheck reverification(Reverification reverification) {
    return builder().reverification(reverification).build();
  }

  /**
   * Starts a check that combines dimensions, all of which must pass.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the role asked for, if any */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** @return the permission asked for, if any */
  public Optional<String> permission() {
    return Optional.ofNullable(permission);
  }

  /** @return the feature asked for, as given, if any */
  public Optional<String> feature() {
    return feature == null ? Optional.empty() : Optional.of(feature.text);
  }

  /** @return the plan asked for, as given, if any */
  public Optional<String> plan() {
    return plan == null ? Optional.empty() : Optional.of(plan.text);
  }

  /** @return the reverification asked for, if any */
  public Optional<Reverification> reverification() {
    return Optional.ofNullable(reverification);
  }

  @Nullable ScopedName featureName() {
    return feature;
  }

  @Nullable ScopedName planName() {
    return plan;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("AuthorizationCheck[");
    if (role != null) {
      text.append("role=").append(role).append(' ');
    }
    if (permission != null) {
      text.append("permission=").append(permission).append(' ');
    }
    if (feature != null) {
      text.append("feature=").append(feature.text).append(' ');
    }
    if (plan != null) {
      text.append("plan=").append(plan.text).append(' ');
    }
    if (reverification != null) {
      text.append("reverification=").append(reverification).append(' ');
    }
    text.setLength(text.length() - 1);
    return text.append(']').toString();
  }

  /** Which entitlement list a feature or plan name is looked up in. */
  enum Scope {
    ORG, USER, EITHER
  }

  /** A parsed {@code scope:name}. */
  static final class ScopedName {
    final String text;
    final Scope scope;
    final String name;

    private ScopedName(String text, Scope scope, String name) {
      this.text = text;
      this.scope = scope;
      this.name = name;
    }

    static ScopedName parse(String text, String what) {
      Objects.requireNonNull(text, what);
      String trimmed = text.trim();
      int colon = trimmed.indexOf(':');
      if (colon < 0) {
        requireName(trimmed, text, what);
        return new ScopedName(text, Scope.EITHER, trimmed);
      }
      String scopeText = trimmed.substring(0, colon);
      String name = trimmed.substring(colon + 1);
      requireName(name, text, what);
      Scope scope;
      switch (scopeText) {
        case "o":
        case "org":
        case "organization":
          scope = Scope.ORG;
          break;
        case "u":
        case "user":
          scope = Scope.USER;
          break;
        default:
          throw new IllegalArgumentException(
              what + " scope must be org, o, organization, user or u: '" + text + "'");
      }
      return new ScopedName(text, scope, name);
    }

    private static void requireName(String name, String text, String what) {
      if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf(',') >= 0) {
        throw new IllegalArgumentException(what + " must be 'name' or 'scope:name': '" + text + "'");
      }
    }
  }

  /**
   * Builds an {@link AuthorizationCheck}. Each option may be set once; role and permission exclude each
   * other, as do feature and plan (as in Clerk's {@code has()} parameter types).
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String role;
    private @Nullable String permission;
    private @Nullable ScopedName feature;
    private @Nullable ScopedName plan;
    private @Nullable Reverification reverification;

    private Builder() {}

    /**
     * Asks for an organization role.
     *
     * @param role for example {@code "org:admin"}
     * @return this builder
     * @throws IllegalArgumentException if {@code role} is blank
     */
    public Builder role(String role) {
      requireUnset(this.role, "role");
      this.role = requireText(role, "role");
      return this;
    }

    /**
     * Asks for an organization permission.
     *
     * @param permission for example {@code "org:invoices:manage"}
     * @return this builder
     * @throws IllegalArgumentException if {@code permission} is blank
     */
    public Builder permission(String permission) {
      requireUnset(this.permission, "permission");
      this.permission = requireText(permission, "permission");
      return this;
    }

    /**
     * Asks for a billing feature.
     *
     * @param feature {@code name} or {@code scope:name}
     * @return this builder
     * @throws IllegalArgumentException if the scope is unknown or the name empty
     */
    public Builder feature(String feature) {
      requireUnset(this.feature, "feature");
      this.feature = ScopedName.parse(feature, "feature");
      return this;
    }

    /**
     * Asks for a billing plan.
     *
     * @param plan {@code name} or {@code scope:name}
     * @return this builder
     * @throws IllegalArgumentException if the scope is unknown or the name empty
     */
    public Builder plan(String plan) {
      requireUnset(this.plan, "plan");
      this.plan = ScopedName.parse(plan, "plan");
      return this;
    }

    /**
     * Asks for recent factor verification.
     *
     * @param reverification the requirement
     * @return this builder
     */
    public Builder reverification(Reverification reverification) {
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
      return new AuthorizationCheck(this);
    }

    private static String requireText(String value, String option) {
      Objects.requireNonNull(value, option);
      if (value.isBlank()) {
        throw new IllegalArgumentException(option + " must not be blank");
      }
      return value;
    }
  }
}
