package dev.tollgate.spring.gateway;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway filter's options, under {@value #PREFIX}: whether every route is authenticated, which paths are exempt
 * from that, and the names of the identity headers sent upstream. Each is checked when the gateway's beans are
 * created; an invalid one fails startup naming the property, never echoing its value.
 *
 * <p>A mutable bean for Spring's binder; not thread-safe while it is bound, read-only afterwards.
 */
@ConfigurationProperties(prefix = TollgateGatewayProperties.PREFIX)
public class TollgateGatewayProperties {

  /** The prefix of these properties: {@value}. */
  public static final String PREFIX = "tollgate.gateway";

  /**
   * Whether every route requires a signed-in session (no role or permission required), except the public paths.
   * Routes that need a role or a permission add the Tollgate filter with arguments.
   */
  private boolean global = false;

  /**
   * Path patterns (for example /health or /public/**) that the global filter lets through without a session; only
   * valid with global=true. Identity headers a client sent are removed from these requests too.
   */
  private List<String> publicPaths = new ArrayList<>();

  /** Whether the verified claims are sent upstream too, base64url-encoded JSON, in the claims header. */
  private boolean forwardClaims = false;

  /** The names of the identity headers. */
  private final Headers headers = new Headers();

  /** Creates the options with their defaults. */
  public TollgateGatewayProperties() {}

  /** @return whether every route requires a session */
  public boolean isGlobal() {
    return global;
  }

  /** @param global whether every route requires a session */
  public void setGlobal(boolean global) {
    this.global = global;
  }

  /** @return the path patterns the global filter exempts */
  public List<String> getPublicPaths() {
    return publicPaths;
  }

  /** @param publicPaths the path patterns the global filter exempts */
  public void setPublicPaths(List<String> publicPaths) {
    this.publicPaths = new ArrayList<>(publicPaths);
  }

  /** @return whether the verified claims are forwarded */
  public boolean isForwardClaims() {
    return forwardClaims;
  }

  /** @param forwardClaims whether the verified claims are forwarded */
  public void setForwardClaims(boolean forwardClaims) {
    this.forwardClaims = forwardClaims;
  }

  /** @return the identity headers' names */
  public Headers getHeaders() {
    return headers;
  }

  /**
   * The identity headers' names, under {@code tollgate.gateway.headers}. Every one of them, and every header whose
   * name starts with the prefix, is removed from the client's request before it is routed. Mutable bean for the
   * binder.
   */
  public static class Headers {

    /** Any header a client sends whose name starts with this (case-insensitively) is removed. */
    private String prefix = "X-Clerk-";

    /** The verified user id (the token's sub). */
    private String userId = "X-Clerk-User-Id";

    /** The verified session id (sid). */
    private String sessionId = "X-Clerk-Session-Id";

    /** The active organization's id, when there is one. */
    private String orgId = "X-Clerk-Org-Id";

    /** The active organization's slug, when the token has one. */
    private String orgSlug = "X-Clerk-Org-Slug";

    /** The user's role in the active organization, when the token has one. */
    private String orgRole = "X-Clerk-Org-Role";

    /** The impersonator's user id (act.sub), when the session is an impersonation. */
    private String actor = "X-Clerk-Actor";

    /** The verified claims (with forward-claims=true): the base64url (no padding) of the payload JSON. */
    private String claims = "X-Clerk-Claims";

    /** Creates the names with their defaults. */
    public Headers() {}

    /** @return the prefix of removed headers */
    public String getPrefix() {
      return prefix;
    }

    /** @param prefix the prefix of removed headers */
    public void setPrefix(String prefix) {
      this.prefix = prefix;
    }

    /** @return the user id header */
    public String getUserId() {
      return userId;
    }

    /** @param userId the user id header */
    public void setUserId(String userId) {
      this.userId = userId;
    }

    /** @return the session id header */
    public String getSessionId() {
      return sessionId;
    }

    /** @param sessionId the session id header */
    public void setSessionId(String sessionId) {
      this.sessionId = sessionId;
    }

    /** @return the organization id header */
    public String getOrgId() {
      return orgId;
    }

    /** @param orgId the organization id header */
    public void setOrgId(String orgId) {
      this.orgId = orgId;
    }

    /** @return the organization slug header */
    public String getOrgSlug() {
      return orgSlug;
    }

    /** @param orgSlug the organization slug header */
    public void setOrgSlug(String orgSlug) {
      this.orgSlug = orgSlug;
    }

    /** @return the organization role header */
    public String getOrgRole() {
      return orgRole;
    }

    /** @param orgRole the organization role header */
    public void setOrgRole(String orgRole) {
      this.orgRole = orgRole;
    }

    /** @return the actor header */
    public String getActor() {
      return actor;
    }

    /** @param actor the actor header */
    public void setActor(String actor) {
      this.actor = actor;
    }

    /** @return the claims header */
    public String getClaims() {
      return claims;
    }

    /** @param claims the claims header */
    public void setClaims(String claims) {
      this.claims = claims;
    }
  }
}
