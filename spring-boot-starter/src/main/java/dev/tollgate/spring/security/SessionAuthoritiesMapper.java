package dev.tollgate.spring.security;

import dev.tollgate.Session;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/**
 * Turns a verified {@link Session} into Spring Security authorities. Declare a bean of this type to replace the
 * {@linkplain #standard() standard mapping}, for example to add roles kept in {@code public_metadata} (from
 * {@link Session#claims()}) or to add {@code ROLE_} authorities; delegate to {@link #standard()} to keep its
 * authorities too.
 *
 * <p>Implementations must be thread-safe and must not return {@code null}.
 */
@FunctionalInterface
public interface SessionAuthoritiesMapper {

  /** Prefix of a billing feature authority: {@value}, as in {@code feature:org:reservations}. */
  String FEATURE_PREFIX = "feature:";

  /** Prefix of a billing plan authority: {@value}, as in {@code plan:user:pro}. */
  String PLAN_PREFIX = "plan:";

  /**
   * The authorities of a session.
   *
   * @param session the verified session
   * @return its authorities; never {@code null}
   */
  Collection<? extends GrantedAuthority> authorities(Session session);

  /**
   * The standard mapping, as Clerk's SDKs name these grants:
   * <ul>
   *   <li>the active organization's role as it is, for example {@code org:admin};</li>
   *   <li>each organization permission as it is, for example {@code org:invoices:read};</li>
   *   <li>each billing feature as {@value #FEATURE_PREFIX}{@code <scope>:<name>} and each plan as
   *       {@value #PLAN_PREFIX}{@code <scope>:<name>}, with the token's scope {@code o} written {@code org} and
   *       {@code u} written {@code user} (for example {@code feature:org:reservations}, {@code plan:user:pro}); a
   *       name without scope keeps none ({@code feature:reservations}).</li>
   * </ul>
   * A session without an organization or billing claims has no authorities.
   *
   * @return a stateless, thread-safe mapper
   */
  static SessionAuthoritiesMapper standard() {
    return StandardSessionAuthorities.INSTANCE;
  }
}
