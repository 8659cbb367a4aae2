package dev.tollgate;

import dev.tollgate.internal.StrictJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The session's active organization, from the v1 claims ({@code org_id}, {@code org_slug}, {@code org_role},
 * {@code org_permissions}) or the v2 compact {@code o} claim.
 *
 * <p>Roles and permissions are given as Clerk's SDKs expose them: the role with its {@code org:} prefix (v2
 * tokens carry it bare and get it added), permissions as {@code org:<feature>:<permission>} keys. System
 * permissions ({@code org:sys_*}) are not in session tokens. An empty role is no role, and blank permission
 * entries are left out: Clerk's {@code has()} fails on an empty role, and no asked permission (always
 * normalised to {@code org:<name>}) can equal a blank entry.
 *
 * <p>Immutable and thread-safe.
 */
public final class Organization {

  private final String id;
  private final @Nullable String slug;
  private final @Nullable String role;
  private final List<String> permissions;

  Organization(String id, @Nullable String slug, @Nullable String role, List<String> permissions) {
    this.id = Objects.requireNonNull(id, "id");
    this.slug = slug;
    this.role = role == null || role.isEmpty() ? null : role;
    this.permissions = nonBlank(permissions);
  }

  /** Without blank entries and immutable; a parsed claim array that has none is kept as it is (no copy per token). */
  private static List<String> nonBlank(List<String> permissions) {
    for (String permission : permissions) {
      if (permission.isBlank()) {
        return permissions.stream().filter(kept -> !kept.isBlank()).toList();
      }
    }
    return StrictJson.parsedStrings(permissions) != null ? permissions : List.copyOf(permissions);
  }

  /**
   * The organization id, for example {@code org_2derivedOrg}.
   *
   * @return the id, never empty
   */
  public String id() {
    return id;
  }

  /**
   * The organization's slug.
   *
   * @return the slug, if the token carries one
   */
  public Optional<String> slug() {
    return Optional.ofNullable(slug);
  }

  /**
   * The user's role in the organization, for example {@code org:admin}.
   *
   * @return the role, if the token carries a non-empty one
   */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /**
   * The user's permissions in the organization, for example {@code org:invoices:manage}; unmodifiable.
   *
   * @return the permissions, never blank entries; empty when the token carries none
   */
  public List<String> permissions() {
    return permissions;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Organization that && id.equals(that.id) && Objects.equals(slug, that.slug)
        && Objects.equals(role, that.role) && permissions.equals(that.permissions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, slug, role, permissions);
  }

  @Override
  public String toString() {
    return "Organization[id=" + id + ", slug=" + slug + ", role=" + role + ", permissions=" + permissions + "]";
  }
}
