package dev.tollgate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A v2 {@code fea} or {@code pla} claim: a comma list of {@code scope:name} where scope is {@code o}
 * (organization), {@code u} (user), or {@code ou}/{@code uo} (both). An entry without a scope, or an empty one
 * (a doubled or trailing comma), makes the whole claim malformed, and a malformed claim grants nothing (Clerk's
 * SDK throws there, which fails the check). Empty entries are not listed.
 */
final class Entitlements {

  static final Entitlements NONE = new Entitlements(List.of(), List.of(), Set.of(), false);

  private final List<String> entries;
  private final List<String> orgNames;
  private final Set<String> userNames;
  private final boolean malformed;

  private Entitlements(List<String> entries, List<String> orgNames, Set<String> userNames, boolean malformed) {
    this.entries = entries;
    this.orgNames = orgNames;
    this.userNames = userNames;
    this.malformed = malformed;
  }

  static Entitlements parse(@Nullable Object claim) {
    if (!(claim instanceof String text) || text.isEmpty()) {
      return NONE;
    }
    List<String> entries = new ArrayList<>();
    List<String> orgNames = new ArrayList<>();
    Set<String> userNames = new HashSet<>();
    boolean malformed = false;
    int start = 0;
    while (start <= text.length()) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? text.length() : comma;
      String entry = text.substring(start, end).trim();
      start = end + 1;
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
      int colon = entry.indexOf(':');
      if (colon < 0) {
        malformed = true;
        continue;
      }
      String scope = entry.substring(0, colon);
      String name = entry.substring(colon + 1);
      boolean org = scope.equals("o") || scope.equals("ou") || scope.equals("uo");
      boolean user = scope.equals("u") || scope.equals("ou") || scope.equals("uo");
      if (org) {
        orgNames.add(name);
      }
      if (user) {
        userNames.add(name);
      }
    }
    return new Entitlements(Collections.unmodifiableList(entries), Collections.unmodifiableList(orgNames),
        Collections.unmodifiableSet(userNames), malformed);
  }

  /** The entries as the token lists them, trimmed, for example {@code ["o:reservations", "u:dashboard"]}. */
  List<String> entries() {
    return entries;
  }

  /** Organization-scoped names in token order; the v2 {@code o.fpm} masks align with this list. */
  List<String> orgNames() {
    return orgNames;
  }

  boolean isMalformed() {
    return malformed;
  }

  boolean has(AuthorizationCheck.ScopedName wanted) {
    if (malformed) {
      return false;
    }
    return switch (wanted.scope) {
      case ORG -> orgNames.contains(wanted.name);
      case USER -> userNames.contains(wanted.name);
      case EITHER -> orgNames.contains(wanted.name) || userNames.contains(wanted.name);
    };
  }
}
