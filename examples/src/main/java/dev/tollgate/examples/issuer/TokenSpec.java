package dev.tollgate.examples.issuer;

import dev.tollgate.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a minted session token says: the user and session, the authorized party, claims version 1 or 2, the
 * active organization with role and permissions, billing features and plans (v2), an actor (impersonation),
 * factor verification ages ({@code fva}), the session status, and the token's lifetime and age.
 *
 * <p>Start from {@link #builder()}; every option has a default (the {@code DEFAULT_*} constants). Immutable and
 * thread-safe.
 */
public final class TokenSpec {

  /** Default user id ({@code sub}): {@value}. */
  public static final String DEFAULT_SUBJECT = "user_local";
  /** Default authorized party ({@code azp}), a typical local front end: {@value}. */
  public static final String DEFAULT_AUTHORIZED_PARTY = "http://localhost:3000";
  /** Default claims version: {@value}, Clerk's current session-token format. */
  public static final int DEFAULT_CLAIMS_VERSION = 2;
  /** Default lifetime ({@code exp - iat}): 60 seconds, as Clerk's session tokens. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
  /** Longest lifetime that may be asked: 1 day. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(1);
  /** Default age (how long ago the token was issued): zero, issued now. */
  public static final Duration DEFAULT_AGE = Duration.ZERO;
  /** Largest age that may be asked: 1 day. */
  public static final Duration MAX_AGE = Duration.ofDays(1);
  /** Default organization id when a role or permissions are given without one: {@value}. */
  public static final String DEFAULT_ORG_ID = "org_local";
  /** Default organization slug when an organization is present: {@value}. */
  public static final String DEFAULT_ORG_SLUG = "local-org";
  /** Default factor verification ages: first factor verified just now, no second factor ({@code [0,-1]}). */
  public static final List<Long> DEFAULT_FVA = List.of(0L, -1L);

  /** An organization permission key, {@code org:<feature>:<permission>}. */
  static final Pattern PERMISSION = Pattern.compile("org:([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)");
  /** A v2 entitlement, {@code <scope>:<name>} with scope {@code u}, {@code o}, {@code ou} or {@code uo}. */
  static final Pattern ENTITLEMENT = Pattern.compile("(u|o|ou|uo):[A-Za-z0-9_-]+");

  private final String subject;
  private final @Nullable String sessionId;
  private final @Nullable String authorizedParty;
  private final @Nullable String issuer;
  private final int claimsVersion;
  private final Duration lifetime;
  private final Duration age;
  private final @Nullable String orgId;
  private final String orgSlug;
  private final @Nullable String orgRole;
  private final List<String> permissions;
  private final List<String> features;
  private final List<String> plans;
  private final @Nullable String actor;
  private final @Nullable List<Long> factorAges;
  private final SessionStatus status;

  private TokenSpec(Builder builder) {
    this.subject = builder.subject;
    this.sessionId = builder.sessionId;
    this.authorizedParty = builder.authorizedParty;
    this.issuer = builder.issuer;
    this.claimsVersion = builder.claimsVersion;
    this.lifetime = builder.lifetime;
    this.age = builder.age;
    boolean hasOrg = builder.orgId != null || builder.orgRole != null || !builder.permissions.isEmpty();
    this.orgId = hasOrg ? (builder.orgId != null ? builder.orgId : DEFAULT_ORG_ID) : null;
    this.orgSlug = builder.orgSlug != null ? builder.orgSlug : DEFAULT_ORG_SLUG;
    this.orgRole = builder.orgRole;
    this.permissions = builder.permissions;
    this.features = builder.features;
    this.plans = builder.plans;
    this.actor = builder.actor;
    this.factorAges = builder.factorAges;
    this.status = builder.status;
  }

  /** @return a builder with every default; not thread-safe */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the user id ({@code sub}) */
  public String subject() {
    return subject;
  }

  /** @return the session id ({@code sid}); empty means a random {@code sess_…} id at minting */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /** @return the authorized party ({@code azp}); empty means the claim is left out */
  public Optional<String> authorizedParty() {
    return Optional.ofNullable(authorizedParty);
  }

  /** @return the issuer ({@code iss}); empty means the minter's own issuer URL */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** @return 1 (v1 {@code org_*} claims) or 2 ({@code v:2} with the compact {@code o}, {@code fea}, {@code pla}) */
  public int claimsVersion() {
    return claimsVersion;
  }

  /** @return {@code exp - iat} */
  public Duration lifetime() {
    return lifetime;
  }

  /** @return how long before now the token was issued; an age beyond the lifetime makes it expired */
  public Duration age() {
    return age;
  }

  /** @return the active organization's id, present when an organization, role or permission was given */
  public Optional<String> orgId() {
    return Optional.ofNullable(orgId);
  }

  /** @return the organization slug, used only when {@link #orgId()} is present */
  public String orgSlug() {
    return orgSlug;
  }

  /** @return the organization role, with its {@code org:} prefix, for example {@code org:admin} */
  public Optional<String> orgRole() {
    return Optional.ofNullable(orgRole);
  }

  /** @return the organization permissions, {@code org:<feature>:<permission>} keys; unmodifiable */
  public List<String> permissions() {
    return permissions;
  }

  /** @return the v2 billing features ({@code fea}) as {@code scope:name}; unmodifiable */
  public List<String> features() {
    return features;
  }

  /** @return the v2 billing plans ({@code pla}) as {@code scope:name}; unmodifiable */
  public List<String> plans() {
    return plans;
  }

  /** @return the actor's user id ({@code act.sub}) when the session is an impersonation */
  public Optional<String> actor() {
    return Optional.ofNullable(actor);
  }

  /** @return the two factor verification ages in minutes ({@code fva}); empty leaves the claim out */
  public Optional<List<Long>> factorAges() {
    return Optional.ofNullable(factorAges);
  }

  /** @return the session status; {@code pending} is written as {@code "sts":"pending"} */
  public SessionStatus status() {
    return status;
  }

  /** Builds a {@link TokenSpec}. Options may be set any number of times; the last value wins. Not thread-safe. */
  public static final class Builder {
    private String subject = DEFAULT_SUBJECT;
    private @Nullable String sessionId;
    private @Nullable String authorizedParty = DEFAULT_AUTHORIZED_PARTY;
    private @Nullable String issuer;
    private int claimsVersion = DEFAULT_CLAIMS_VERSION;
    private Duration lifetime = DEFAULT_LIFETIME;
    private Duration age = DEFAULT_AGE;
    private @Nullable String orgId;
    private @Nullable String orgSlug;
    private @Nullable String orgRole;
    private List<String> permissions = List.of();
    private List<String> features = List.of();
    private List<String> plans = List.of();
    private @Nullable String actor;
    private @Nullable List<Long> factorAges = DEFAULT_FVA;
    private SessionStatus status = SessionStatus.ACTIVE;

    private Builder() {}

    /** @param subject the user id, for example {@code user_2abc}; @return this builder */
    public Builder subject(String subject) {
      this.subject = text(subject, "sub");
      return this;
    }

    /** @param sessionId the session id, for example {@code sess_2abc}; @return this builder */
    public Builder sessionId(String sessionId) {
      this.sessionId = text(sessionId, "sid");
      return this;
    }

    /** @param origin the front-end origin, or {@code null} to leave {@code azp} out; @return this builder */
    public Builder authorizedParty(@Nullable String origin) {
      this.authorizedParty = origin == null ? null : text(origin, "azp");
      return this;
    }

    /** @param issuer the {@code iss} to write instead of the minter's own; @return this builder */
    public Builder issuer(String issuer) {
      this.issuer = text(issuer, "iss");
      return this;
    }

    /** @param version 1 or 2; @return this builder */
    public Builder claimsVersion(int version) {
      if (version != 1 && version != 2) {
        throw new IllegalArgumentException("v must be 1 or 2");
      }
      this.claimsVersion = version;
      return this;
    }

    /** @param lifetime between 1 second and {@link #MAX_LIFETIME}; @return this builder */
    public Builder lifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
        throw new IllegalArgumentException("lifetime must be between 1 and " + MAX_LIFETIME.toSeconds() + " seconds");
      }
      this.lifetime = lifetime;
      return this;
    }

    /** @param age between zero and {@link #MAX_AGE}; @return this builder */
    public Builder age(Duration age) {
      Objects.requireNonNull(age, "age");
      if (age.isNegative() || age.compareTo(MAX_AGE) > 0) {
        throw new IllegalArgumentException("age must be between 0 and " + MAX_AGE.toSeconds() + " seconds");
      }
      this.age = age;
      return this;
    }

    /** @param orgId the active organization's id, for example {@code org_2abc}; @return this builder */
    public Builder orgId(String orgId) {
      this.orgId = text(orgId, "org_id");
      return this;
    }

    /** @param slug the organization slug; @return this builder */
    public Builder orgSlug(String slug) {
      this.orgSlug = text(slug, "org_slug");
      return this;
    }

    /** @param role {@code admin} or {@code org:admin} (the prefix is added when missing); @return this builder */
    public Builder orgRole(String role) {
      String bare = text(role, "role").replaceFirst("^(org:)+", "");
      if (!bare.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("role must be a name like admin or org:admin");
      }
      this.orgRole = "org:" + bare;
      return this;
    }

    /** @param permissions {@code org:<feature>:<permission>} keys; @return this builder */
    public Builder permissions(List<String> permissions) {
      this.permissions = matching(permissions, PERMISSION, "permissions must look like org:<feature>:<permission>");
      return this;
    }

    /** @param features v2 {@code fea} entries {@code u|o|ou|uo:<name>}; @return this builder */
    public Builder features(List<String> features) {
      this.features = matching(features, ENTITLEMENT, "features must look like u:<name> or o:<name>");
      return this;
    }

    /** @param plans v2 {@code pla} entries {@code u|o:<name>}; @return this builder */
    public Builder plans(List<String> plans) {
      this.plans = matching(plans, ENTITLEMENT, "plans must look like u:<name> or o:<name>");
      return this;
    }

    /** @param actorSubject the impersonator's user id ({@code act.sub}); @return this builder */
    public Builder actor(String actorSubject) {
      this.actor = text(actorSubject, "actor");
      return this;
    }

    /**
     * @param firstFactorMinutes minutes since the first factor was verified, or -1
     * @param secondFactorMinutes minutes since the second factor was verified, or -1 (none)
     * @return this builder
     */
    public Builder factorAges(long firstFactorMinutes, long secondFactorMinutes) {
      if (firstFactorMinutes < -1 || secondFactorMinutes < -1) {
        throw new IllegalArgumentException("fva ages must be -1 or at least 0");
      }
      this.factorAges = List.of(firstFactorMinutes, secondFactorMinutes);
      return this;
    }

    /** Leaves the {@code fva} claim out; every reverification check then fails. @return this builder */
    public Builder noFactorAges() {
      this.factorAges = null;
      return this;
    }

    /** @param status {@code ACTIVE} or {@code PENDING}; @return this builder */
    public Builder status(SessionStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * @return the spec
     * @throws IllegalArgumentException if v2-only claims ({@code features}, {@code plans}) are asked of a v1 token
     */
    public TokenSpec build() {
      if (claimsVersion == 1 && (!features.isEmpty() || !plans.isEmpty())) {
        throw new IllegalArgumentException("features and plans are v2 claims; use v=2");
      }
      return new TokenSpec(this);
    }

    private static String text(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isEmpty() || value.length() > 200 || !value.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
        throw new IllegalArgumentException(name + " must be 1 to 200 printable ASCII characters without spaces");
      }
      return value;
    }

    private static List<String> matching(List<String> values, Pattern pattern, String message) {
      for (String value : Objects.requireNonNull(values, "values")) {
        if (!pattern.matcher(Objects.requireNonNull(value, "value")).matches()) {
          throw new IllegalArgumentException(message);
        }
      }
      return List.copyOf(values);
    }
  }
}
