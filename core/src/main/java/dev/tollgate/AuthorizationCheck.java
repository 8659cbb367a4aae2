package dev.tollgate;

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

  /** Called by {@link AuthorizationCheckBuilder#build()}, which checks that the combination is valid. */
  AuthorizationCheck(@Nullable String role, @Nullable String permission, @Nullable ScopedName feature,
      @Nullable ScopedName plan, @Nullable Reverification reverification) {
    this.role = role;
    this.permission = permission;
    this.feature = feature;
    this.plan = plan;
    this.reverification = reverification;
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
  public static AuthorizationCheckBuilder builder() {
    return new AuthorizationCheckBuilder();
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
}
