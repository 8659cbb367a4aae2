package dev.tollgate.spring.security;

import dev.tollgate.Organization;
import dev.tollgate.Session;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** {@link SessionAuthoritiesMapper#standard()}. Stateless and thread-safe. */
enum StandardSessionAuthorities implements SessionAuthoritiesMapper {
  INSTANCE;

  @Override
  public List<GrantedAuthority> authorities(Session session) {
    Set<String> names = new LinkedHashSet<>();
    session.organization().ifPresent(organization -> addOrganization(names, organization));
    session.features().forEach(feature -> names.add(FEATURE_PREFIX + scoped(feature)));
    session.plans().forEach(plan -> names.add(PLAN_PREFIX + scoped(plan)));
    return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
  }

  private static void addOrganization(Set<String> names, Organization organization) {
    organization.role().ifPresent(names::add);
    names.addAll(organization.permissions());
  }

  /** {@code o:name} is {@code org:name}, {@code u:name} is {@code user:name}; other entries stay as listed. */
  private static String scoped(String entry) {
    if (entry.startsWith("o:")) {
      return "org:" + entry.substring(2);
    }
    if (entry.startsWith("u:")) {
      return "user:" + entry.substring(2);
    }
    return entry;
  }
}
