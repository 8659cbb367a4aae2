package dev.tollgate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A verified Clerk session token, seen as the part of Clerk's Session object that the token carries: the
 * session and user ids, the session status, the actor of an impersonation, the active organization, factor
 * verification ages, billing features and plans, and the registered claims.
 *
 * <p>Only a {@link SessionVerifier} creates sessions, and only from a token whose signature and claims it has
 * checked. Absent claims are {@link Optional}, never {@code null}; {@link #claims()} has every claim.
 *
 * <p>{@link #toString()} never includes the token. Immutable and thread-safe.
 *
 * @see <a href="https://clerk.com/docs/backend-requests/resources/session-tokens">Clerk session tokens</a>
 */
public final class Session {

  private final String token;
  private final @Nullable String keyId;
  private final String sessionId;
  private final String userId;
  private final SessionStatus status;
  private final @Nullable Actor actor;
  private final @Nullable Organization organization;
  private final @Nullable FactorVerificationAge factorVerificationAge;
  private final Entitlements features;
  private final Entitlements plans;
  private final @Nullable String authorizedParty;
  private final @Nullable String issuer;
  private final List<String> audience;
  private final @Nullable String tokenId;
  private final @Nullable Instant issuedAt;
  private final @Nullable Instant notBefore;
  private final Instant expiresAt;
  private final int claimsVersion;
  private final Map<String, @Nullable Object> claims;

  Session(SessionParts parts) {
    this.token = Objects.requireNonNull(parts.token, "token");
    this.keyId = parts.keyId;
    this.sessionId = Objects.requireNonNull(parts.sessionId, "sessionId");
    this.userId = Objects.requireNonNull(parts.userId, "userId");
    this.status = Objects.requireNonNull(parts.status, "status");
    this.actor = parts.actor;
    this.organization = parts.organization;
    this.factorVerificationAge = parts.factorVerificationAge;
    this.features = Objects.requireNonNull(parts.features, "features");
    this.plans = Objects.requireNonNull(parts.plans, "plans");
    this.authorizedParty = parts.authorizedParty;
    this.issuer = parts.issuer;
    this.audience = Objects.requireNonNull(parts.audience, "audience");
    this.tokenId = parts.tokenId;
    this.issuedAt = parts.issuedAt;
    this.notBefore = parts.notBefore;
    this.expiresAt = Objects.requireNonNull(parts.expiresAt, "expiresAt");
    this.claimsVersion = parts.claimsVersion;
    this.claims = Objects.requireNonNull(parts.claims, "claims");
  }

  /** @return the session id ({@code sid}), never empty */
  public String sessionId() {
    return sessionId;
  }

  /** @return the user id ({@code sub}), never empty */
  public String userId() {
    return userId;
  }

  /** @return the session status ({@code sts}); {@link SessionStatus#ACTIVE} when the claim is absent */
  public SessionStatus status() {
    return status;
  }

  /** @return the actor ({@code act}) when someone acts on the user's behalf */
  public Optional<Actor> actor() {
    return Optional.ofNullable(actor);
  }

  /** @return {@code true} if the token carries an actor, that is, the session is an impersonation */
  public boolean isImpersonated() {
    return actor != null;
  }

  /** @return the active organization, from the v1 {@code org_*} claims or the v2 {@code o} claim */
  public Optional<Organization> organization() {
    return Optional.ofNullable(organization);
  }

  /**
   * @return the factor verification ages ({@code fva}); empty when the instance does not send them or the
   *     claim is malformed, in which case every reverification check fails
   */
  public Optional<FactorVerificationAge> factorVerificationAge() {
    return Optional.ofNullable(factorVerificationAge);
  }

  /**
   * @return the billing features of the v2 {@code fea} claim as listed, for example {@code o:reservations};
   *     unmodifiable, empty when absent
   */
  public List<String> features() {
    return features.entries();
  }

  /**
   * @return the billing plans of the v2 {@code pla} claim as listed, for example {@code u:pro};
   *     unmodifiable, empty when absent
   */
  public List<String> plans() {
    return plans.entries();
  }

  /** @return the authorized party ({@code azp}), the origin the token was minted for */
  public Optional<String> authorizedParty() {
    return Optional.ofNullable(authorizedParty);
  }

  /** @return the issuer ({@code iss}), Clerk's Frontend API URL */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** @return the audience ({@code aud}) values; unmodifiable, empty when absent */
  public List<String> audience() {
    return audience;
  }

  /** @return the token id ({@code jti}) */
  public Optional<String> tokenId() {
    return Optional.ofNullable(tokenId);
  }

  /** @return when the token was issued ({@code iat}) */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /** @return when the token becomes valid ({@code nbf}) */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }

  /** @return when the token expires ({@code exp}); always present in a verified token */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** @return the claims version: 2 for tokens with {@code "v": 2}, else 1 */
  public int claimsVersion() {
    return claimsVersion;
  }

  /**
   * Every claim of the payload, unmodifiable, in token order. JSON objects are unmodifiable maps, arrays
   * unmodifiable lists, integers {@link Long} (or {@link java.math.BigInteger} beyond 64 bits), fractions
   * {@link java.math.BigDecimal}, and JSON {@code null} is {@code null}.
   *
   * @return the claims
   */
  public Map<String, @Nullable Object> claims() {
    return claims;
  }

  /**
   * The token this session was verified from, for forwarding to a downstream service. Treat it as a
   * credential: do not log it.
   *
   * @return the compact JWS
   */
  public String token() {
    return token;
  }

  Optional<String> keyId() {
    return Optional.ofNullable(keyId);
  }

  /**
   * Checks an authorization with Clerk's {@code has()} semantics: every dimension the check asks must pass.
   *
   * @param check what to check
   * @return {@code true} if the session passes every asked dimension
   */
  public boolean has(AuthorizationCheck check) {
    Objects.requireNonNull(check, "check");
    Optional<String> role = check.role();
    Optional<String> permission = check.permission();
    if (role.isPresent() && !hasOrgRole(role.get())) {
      return false;
    }
    if (permission.isPresent() && !hasOrgPermission(permission.get())) {
      return false;
    }
    AuthorizationCheck.ScopedName feature = check.featureName();
    if (feature != null && !features.has(feature)) {
      return false;
    }
    AuthorizationCheck.ScopedName plan = check.planName();
    if (plan != null && !plans.has(plan)) {
      return false;
    }
    Optional<Reverification> reverification = check.reverification();
    return reverification.isEmpty() || isReverified(reverification.get());
  }

  /**
   * @param role for example {@code "org:admin"} or {@code "admin"}
   * @return {@code true} if the active organization role is this role
   * @throws IllegalArgumentException if {@code role} is blank; check untrusted names first
   */
  public boolean hasRole(String role) {
    return has(AuthorizationCheck.role(role));
  }

  /**
   * @param permission for example {@code "org:invoices:manage"} or {@code "invoices:manage"}
   * @return {@code true} if the active organization lists this permission with one {@code org:} prefix
   * @throws IllegalArgumentException if {@code permission} is blank; check untrusted names first
   */
  public boolean hasPermission(String permission) {
    return has(AuthorizationCheck.permission(permission));
  }

  /**
   * @param feature {@code name} or {@code scope:name}
   * @return {@code true} if the {@code fea} claim lists the feature in that scope
   * @throws IllegalArgumentException if the name is blank or the scope unknown, see
   *     {@link AuthorizationCheck#feature(String)}
   */
  public boolean hasFeature(String feature) {
    return has(AuthorizationCheck.feature(feature));
  }

  /**
   * @param plan {@code name} or {@code scope:name}
   * @return {@code true} if the {@code pla} claim lists the plan in that scope
   * @throws IllegalArgumentException if the name is blank or the scope unknown, see
   *     {@link AuthorizationCheck#plan(String)}
   */
  public boolean hasPlan(String plan) {
    return has(AuthorizationCheck.plan(plan));
  }

  /**
   * @param reverification the requirement
   * @return {@code true} if the {@code fva} claim shows a fresh enough verification; {@code false} when the
   *     claim is absent or malformed
   */
  public boolean isReverified(Reverification reverification) {
    Objects.requireNonNull(reverification, "reverification");
    return factorVerificationAge != null && reverification.isSatisfiedBy(factorVerificationAge);
  }

  private boolean hasOrgRole(String role) {
    return organization != null && organization.role().isPresent()
        && OrgNames.normalize(organization.role().get()).equals(OrgNames.normalize(role));
  }

  /** Only the asked name is normalised, as in Clerk: a granted entry counts only as the token spells it. */
  private boolean hasOrgPermission(String permission) {
    return organization != null && organization.permissions().contains(OrgNames.normalize(permission));
  }

  /** Two sessions are equal when they were verified from the same token. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Session && token.equals(((Session) other).token);
  }

  @Override
  public int hashCode() {
    return token.hashCode();
  }

  /** Ids and status only; never the token. */
  @Override
  public String toString() {
    return "Session[sessionId=" + sessionId + ", userId=" + userId + ", status=" + status.claimValue()
        + (organization == null ? "" : ", orgId=" + organization.id())
        + (actor == null ? "" : ", actor=" + actor.subject()) + ", expiresAt=" + expiresAt + "]";
  }

  /** Mutable carrier from the claims mapper to the constructor; package-private. */
  static final class SessionParts {
    @Nullable String token;
    @Nullable String keyId;
    @Nullable String sessionId;
    @Nullable String userId;
    @Nullable SessionStatus status;
    @Nullable Actor actor;
    @Nullable Organization organization;
    @Nullable FactorVerificationAge factorVerificationAge;
    @Nullable Entitlements features;
    @Nullable Entitlements plans;
    @Nullable String authorizedParty;
    @Nullable String issuer;
    @Nullable List<String> audience;
    @Nullable String tokenId;
    @Nullable Instant issuedAt;
    @Nullable Instant notBefore;
    @Nullable Instant expiresAt;
    int claimsVersion;
    @Nullable Map<String, @Nullable Object> claims;
  }
}
