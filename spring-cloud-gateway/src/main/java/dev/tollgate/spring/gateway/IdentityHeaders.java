package dev.tollgate.spring.gateway;

import dev.tollgate.Actor;
import dev.tollgate.Organization;
import dev.tollgate.Session;
import dev.tollgate.spring.boot.PropertyChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;

/**
 * The identity headers: which incoming headers are removed because a client could forge them, and which are sent
 * upstream for a verified session.
 *
 * <p>A name is removed when, compared case-insensitively and with {@code _} read as {@code -}, it is one of the
 * configured names or starts with the configured prefix: servers built on CGI-style environments map
 * {@code X_Clerk_User_Id} and {@code X-Clerk-User-Id} to the same variable, so both spellings go. Immutable and
 * thread-safe.
 */
final class IdentityHeaders {

  /** Credentials the filter reads; no identity header may be named so, or they would be removed before it runs. */
  private static final List<String> CREDENTIALS = List.of("authorization", "cookie");

  private final String userId;
  private final String sessionId;
  private final String orgId;
  private final String orgSlug;
  private final String orgRole;
  private final String actor;
  private final Optional<String> claims;
  private final Set<String> normalizedNames;
  private final String normalizedPrefix;

  private IdentityHeaders(TollgateGatewayProperties.Headers names, boolean forwardClaims) {
    this.userId = names.getUserId();
    this.sessionId = names.getSessionId();
    this.orgId = names.getOrgId();
    this.orgSlug = names.getOrgSlug();
    this.orgRole = names.getOrgRole();
    this.actor = names.getActor();
    this.claims = forwardClaims ? Optional.of(names.getClaims()) : Optional.empty();
    this.normalizedNames = Set.of(normalize(userId), normalize(sessionId), normalize(orgId), normalize(orgSlug),
        normalize(orgRole), normalize(actor), normalize(names.getClaims()));
    this.normalizedPrefix = normalize(names.getPrefix());
  }

  /**
   * @param properties the gateway's options
   * @return the headers they name
   * @throws IllegalStateException naming the property when a name is not an HTTP field name, two names are the
   *     same, or a name or the prefix would remove a credential header
   */
  static IdentityHeaders of(TollgateGatewayProperties properties) {
    TollgateGatewayProperties.Headers names = properties.getHeaders();
    Map<String, Function<TollgateGatewayProperties.Headers, String>> named = new LinkedHashMap<>();
    named.put("user-id", TollgateGatewayProperties.Headers::getUserId);
    named.put("session-id", TollgateGatewayProperties.Headers::getSessionId);
    named.put("org-id", TollgateGatewayProperties.Headers::getOrgId);
    named.put("org-slug", TollgateGatewayProperties.Headers::getOrgSlug);
    named.put("org-role", TollgateGatewayProperties.Headers::getOrgRole);
    named.put("actor", TollgateGatewayProperties.Headers::getActor);
    named.put("claims", TollgateGatewayProperties.Headers::getClaims);
    named.put("prefix", TollgateGatewayProperties.Headers::getPrefix);
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, Function<TollgateGatewayProperties.Headers, String>> entry : named.entrySet()) {
      String property = TollgateGatewayProperties.PREFIX + ".headers." + entry.getKey();
      String name = entry.getValue().apply(names);
      if (!isToken(name)) {
        throw PropertyChecks.invalid(property, "must be an HTTP header name (RFC 9110 token characters)");
      }
      String normalized = normalize(name);
      boolean prefix = entry.getKey().equals("prefix");
      if (CREDENTIALS.stream().anyMatch(credential -> prefix ? credential.startsWith(normalized)
          : credential.equals(normalized))) {
        throw PropertyChecks.invalid(property, "would remove the Authorization or Cookie header");
      }
      if (!prefix) {
        if (seen.contains(normalized)) {
          throw PropertyChecks.invalid(property, "names the same header as another identity header");
        }
        seen.add(normalized);
      }
    }
    return new IdentityHeaders(names, properties.isForwardClaims());
  }

  /**
   * @param headers a request's headers
   * @return whether any of them is an identity header
   */
  boolean anyIn(HttpHeaders headers) {
    return headers.headerNames().stream().anyMatch(this::isIdentityHeader);
  }

  /**
   * Removes every identity header.
   *
   * @param headers writable request headers
   */
  void strip(HttpHeaders headers) {
    List<String> forged = headers.headerNames().stream().filter(this::isIdentityHeader).toList();
    forged.forEach(headers::remove);
  }

  /**
   * The headers to send upstream for a session; absent facts (no organization, no actor) send no header.
   *
   * @param session a verified session
   * @return the names and values (an empty value is left out), or empty when a value cannot be sent as an HTTP
   *     field value (a character outside printable ASCII, which Clerk's ids, slugs and role keys never have): the
   *     identity is then not forwarded at all rather than forwarded in part
   */
  Optional<Map<String, String>> of(Session session) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(userId, session.userId());
    values.put(sessionId, session.sessionId());
    Optional<Organization> organization = session.organization();
    organization.map(Organization::id).ifPresent(id -> values.put(orgId, id));
    organization.flatMap(Organization::slug).ifPresent(slug -> values.put(orgSlug, slug));
    organization.flatMap(Organization::role).ifPresent(role -> values.put(orgRole, role));
    session.actor().map(Actor::subject).ifPresent(subject -> values.put(actor, subject));
    values.values().removeIf(String::isEmpty);
    claims.ifPresent(name -> values.put(name, payload(session.token())));
    return values.values().stream().allMatch(IdentityHeaders::isFieldValue) ? Optional.of(values) : Optional.empty();
  }

  /** The JWS payload segment: base64url without padding of the claims JSON exactly as the issuer signed it. */
  private static String payload(String compactJws) {
    int first = compactJws.indexOf('.');
    return compactJws.substring(first + 1, compactJws.indexOf('.', first + 1));
  }

  private boolean isIdentityHeader(String name) {
    String normalized = normalize(name);
    return normalizedNames.contains(normalized) || normalized.startsWith(normalizedPrefix);
  }

  private static String normalize(String name) {
    return name.strip().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  /** RFC 9110 §5.6.2 token. */
  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Printable ASCII without leading or trailing space: a value every server and proxy reads unchanged. */
  private static boolean isFieldValue(String value) {
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      return false;
    }
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }
}
