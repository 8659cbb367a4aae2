package dev.tollgate.examples.gateway;

import dev.tollgate.Actor;
import dev.tollgate.Organization;
import dev.tollgate.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The identity headers the gateway sends upstream, and the rule that decides which incoming headers are
 * removed because a client could forge them.
 *
 * <p>A name is an identity header when, compared case-insensitively and with {@code _} read as {@code -}, it
 * is one of {@link #NAMES}: servers built on CGI-style environments (and some proxies) map
 * {@code X_User_Id} and {@code X-User-Id} to the same variable, so both spellings are removed. Stateless and
 * thread-safe.
 */
public final class IdentityHeaders {

  /** The verified user id ({@code sub}): {@value}. */
  public static final String USER_ID = "X-User-Id";
  /** The verified session id ({@code sid}): {@value}. */
  public static final String SESSION_ID = "X-Session-Id";
  /** The active organization id, when there is one: {@value}. */
  public static final String ORG_ID = "X-Org-Id";
  /** The active organization role, when there is one: {@value}. */
  public static final String ORG_ROLE = "X-Org-Role";
  /** The impersonator's user id ({@code act.sub}), when the session is an impersonation: {@value}. */
  public static final String ACTOR_ID = "X-Actor-Id";
  /** Every identity header, in the order they are sent. */
  public static final List<String> NAMES = List.of(USER_ID, SESSION_ID, ORG_ID, ORG_ROLE, ACTOR_ID);

  private static final List<String> NORMALIZED = NAMES.stream().map(IdentityHeaders::normalize).toList();

  private IdentityHeaders() {}

  /**
   * Whether an incoming header must be removed before forwarding.
   *
   * @param name a header field name as received
   * @return {@code true} for any spelling of an identity header
   */
  public static boolean isIdentityHeader(String name) {
    return NORMALIZED.contains(normalize(Objects.requireNonNull(name, "name")));
  }

  /**
   * The identity headers for a verified session; absent facts (no organization, no actor) send no header.
   *
   * @param session the verified session
   * @return header names to values, in {@link #NAMES} order; unmodifiable
   */
  public static Map<String, String> of(Session session) {
    Objects.requireNonNull(session, "session");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(USER_ID, session.userId());
    headers.put(SESSION_ID, session.sessionId());
    session.organization().map(Organization::id).ifPresent(id -> headers.put(ORG_ID, id));
    session.organization().flatMap(Organization::role).ifPresent(role -> headers.put(ORG_ROLE, role));
    session.actor().map(Actor::subject).ifPresent(actor -> headers.put(ACTOR_ID, actor));
    return java.util.Collections.unmodifiableMap(headers);
  }

  private static String normalize(String name) {
    return name.strip().replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
