package dev.tollgate.spring.gateway;

import dev.tollgate.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a route requires of a signed-in session beyond being signed in: ANY of its organization roles (when it lists
 * some) and ALL of its organization permissions, with the semantics of Clerk's {@code has()}
 * ({@link Session#hasRole}, {@link Session#hasPermission}: {@code admin} and {@code org:admin} are the same role).
 * Immutable and thread-safe.
 *
 * @param roles the roles, one of which is required; empty when any session passes
 * @param permissions the permissions, all of which are required
 */
record AccessRule(List<String> roles, List<String> permissions) {

  /** Signed in is enough. */
  static final AccessRule SIGNED_IN = new AccessRule(List.of(), List.of());

  AccessRule {
    roles = List.copyOf(roles);
    permissions = List.copyOf(permissions);
  }

  /**
   * Reads the filter's arguments.
   *
   * @param roles comma-separated roles, or {@code null}
   * @param permissions comma-separated permissions, or {@code null}
   * @return the rule
   * @throws IllegalArgumentException naming the argument when a list is empty or has a blank entry
   */
  static AccessRule of(@Nullable String roles, @Nullable String permissions) {
    List<String> roleList = names(TollgateGatewayFilterFactory.ROLES, roles);
    List<String> permissionList = names(TollgateGatewayFilterFactory.PERMISSIONS, permissions);
    return new AccessRule(roleList, permissionList);
  }

  /**
   * @param session a verified session
   * @return what it lacks, as a message for the 403 answer, or empty when it passes
   */
  Optional<String> missing(Session session) {
    if (!roles.isEmpty() && roles.stream().noneMatch(session::hasRole)) {
      return Optional.of(roles.size() == 1 ? "The organization role " + roles.get(0) + " is required."
          : "One of the organization roles " + String.join(", ", roles) + " is required.");
    }
    return permissions.stream().filter(permission -> !session.hasPermission(permission)).findFirst()
        .map(permission -> "The organization permission " + permission + " is required.");
  }

  private static List<String> names(String argument, @Nullable String list) {
    if (list == null) {
      return List.of();
    }
    List<String> names = Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    if (names.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("argument " + argument + " of the " + TollgateGatewayFilterFactory.NAME
          + " filter must be a comma-separated list of names without empty entries");
    }
    return names;
  }
}
