package dev.tollgate.test.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a test session token says and how it is signed: a Clerk-shaped session token by default (claims version 2,
 * 60-second lifetime, {@code nbf} 10 seconds before {@code iat}, first factor just verified), and every variant a
 * test of an endpoint needs: an organization (v2 {@code o} with {@code fea}/{@code per}/{@code fpm} encoded as Clerk
 * encodes them, or v1 {@code org_*} claims), features and plans, an actor (impersonation), factor verification ages
 * ({@code fva}), a pending session, expired / not-yet-valid / issued-in-the-future times, custom claims and header
 * parameters, another token category, a tampered signature, an unknown key or key id.
 *
 * <p>Immutable and thread-safe: each method returns a new spec, so a spec can be a shared base
 * ({@code admin = issuer.token().orgRole("admin")}) for many tokens. Each {@link #sign()} reads the clock and draws a
 * fresh random {@code jti}, so two tokens signed from one spec differ. Nothing here checks that a token is valid:
 * that is the verifier's job.
 *
 * @see <a href="https://clerk.com/docs/backend-requests/resources/session-tokens">Clerk session tokens</a>
 */
public final class TokenSpec {

  /** Default user id ({@code sub}): {@value}. */
  public static final String DEFAULT_USER_ID = "user_test";
  /** Default session id ({@code sid}): {@value}. */
  public static final String DEFAULT_SESSION_ID = "sess_test";
  /** Default claims version: {@value}, Clerk's current session-token format. */
  public static final int DEFAULT_CLAIMS_VERSION = 2;
  /** Default lifetime ({@code exp - iat}): 60 seconds, as Clerk's session tokens. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
  /** How far {@code nbf} lies before {@code iat}: 10 seconds, as in Clerk's tokens. */
  public static final Duration NOT_BEFORE_LEAD = Duration.ofSeconds(10);
  /** How far past or future the time variants ({@link #expired()}, …) put a time: 60 seconds. */
  public static final Duration DEFAULT_TIME_SHIFT = Duration.ofSeconds(60);
  /** Default organization id when a role or permissions come without one: {@value}. */
  public static final String DEFAULT_ORG_ID = "org_test";
  /** Default organization slug: {@value}. */
  public static final String DEFAULT_ORG_SLUG = "test-org";
  /** Default factor verification ages: first factor verified just now, no second factor ({@code [0,-1]}). */
  public static final List<Long> DEFAULT_FACTOR_AGES = List.of(0L, -1L);
  /** The {@code act.iss} Clerk writes for impersonation from its dashboard: {@value}. */
  public static final String ACTOR_ISSUER = "https://dashboard.clerk.com";

  static final Pattern ENTITLEMENT = Pattern.compile("(u|o|ou|uo):[A-Za-z0-9_-]+");
  private static final Map<String, String> RSA_ALGORITHMS =
      Map.of("RS256", RawJws.RS256, "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  private final State state;

  private TokenSpec(State state) {
    this.state = state;
  }

  /**
   * @param key the key that signs (and whose key id the header names)
   * @param issuer the {@code iss}, for example the test issuer's base URL
   * @param clock the clock {@code iat} is read from at signing
   * @return a spec of a valid session token with every default and no {@code azp}
   */
  public static TokenSpec session(SigningKey key, String issuer, Clock clock) {
    State state = new State();
    state.signer = Objects.requireNonNull(key, "key");
    state.issuer = text(issuer, "issuer");
    state.clock = Objects.requireNonNull(clock, "clock");
    return new TokenSpec(state);
  }

  private TokenSpec with(Consumer<State> change) {
    State copy = state.copy();
    change.accept(copy);
    return new TokenSpec(copy);
  }

  /** @param userId the user id ({@code sub}), for example {@code user_2abc}; @return the new spec */
  public TokenSpec userId(String userId) {
    String value = text(userId, "userId");
    return with(s -> s.userId = value);
  }

  /** @param sessionId the session id ({@code sid}); @return the new spec */
  public TokenSpec sessionId(String sessionId) {
    String value = text(sessionId, "sessionId");
    return with(s -> s.sessionId = value);
  }

  /** @param issuer the {@code iss} to write; @return the new spec */
  public TokenSpec issuer(String issuer) {
    String value = text(issuer, "issuer");
    return with(s -> s.issuer = value);
  }

  /** @param origin the authorized party ({@code azp}), a front-end origin; @return the new spec */
  public TokenSpec authorizedParty(String origin) {
    String value = text(origin, "authorizedParty");
    return with(s -> s.authorizedParty = value);
  }

  /** @return the new spec, without {@code azp} */
  public TokenSpec withoutAuthorizedParty() {
    return with(s -> s.authorizedParty = null);
  }

  /**
   * @param version 1 ({@code org_*} claims, no {@code v}) or 2 ({@code v:2}, compact {@code o})
   * @return the new spec
   */
  public TokenSpec claimsVersion(int version) {
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("claimsVersion must be 1 or 2");
    }
    return with(s -> s.claimsVersion = version);
  }

  /**
   * @param id the active organization's id, for example {@code org_2abc}
   * @param slug its slug
   * @return the new spec, with this active organization (role and permissions kept)
   */
  public TokenSpec organization(String id, String slug) {
    String orgId = text(id, "organization id");
    String orgSlug = text(slug, "organization slug");
    return with(s -> {
      s.orgId = orgId;
      s.orgSlug = orgSlug;
    });
  }

  /**
   * @param role {@code admin} or {@code org:admin} (the prefix is added when missing)
   * @return the new spec; the organization defaults to {@value #DEFAULT_ORG_ID} when none was given
   */
  public TokenSpec orgRole(String role) {
    String bare = text(role, "role").replaceFirst("^org:", "");
    if (!bare.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("role must be a name like admin or org:admin");
    }
    return with(s -> s.orgRole = "org:" + bare);
  }

  /**
   * @param permissions {@code org:<feature>:<permission>} keys, for example {@code org:invoices:read}
   * @return the new spec (replacing earlier permissions); the organization defaults as for {@link #orgRole}
   */
  public TokenSpec permissions(String... permissions) {
    List<String> values = matching(permissions, CompactOrgClaim.PERMISSION, "permissions",
        "org:<feature>:<permission>");
    return with(s -> s.permissions = values);
  }

  /** @return the new spec, without an active organization (role and permissions cleared) */
  public TokenSpec withoutOrganization() {
    return with(s -> {
      s.orgId = null;
      s.orgRole = null;
      s.permissions = List.of();
    });
  }

  /**
   * @param features v2 {@code fea} entries {@code u|o|ou|uo:<name>}
   * @return the new spec (replacing earlier features)
   */
  public TokenSpec features(String... features) {
    List<String> values = matching(features, ENTITLEMENT, "features", "u:<name> or o:<name>");
    return with(s -> s.features = values);
  }

  /** @param plans v2 {@code pla} entries {@code u|o:<name>}; @return the new spec (replacing earlier ones) */
  public TokenSpec plans(String... plans) {
    List<String> values = matching(plans, ENTITLEMENT, "plans", "u:<name> or o:<name>");
    return with(s -> s.plans = values);
  }

  /** @param actorUserId the impersonator's user id ({@code act.sub}); @return the new spec, an impersonation */
  public TokenSpec actor(String actorUserId) {
    String value = text(actorUserId, "actorUserId");
    return with(s -> s.actor = value);
  }

  /**
   * @param firstFactorMinutes minutes since the first factor was verified, or -1 (never)
   * @param secondFactorMinutes minutes since the second factor was verified, or -1 (none)
   * @return the new spec with {@code fva} {@code [first, second]}
   */
  public TokenSpec factorAges(long firstFactorMinutes, long secondFactorMinutes) {
    if (firstFactorMinutes < -1 || secondFactorMinutes < -1) {
      throw new IllegalArgumentException("factor ages must be -1 or at least 0");
    }
    return with(s -> s.factorAges = List.of(firstFactorMinutes, secondFactorMinutes));
  }

  /** @return the new spec without {@code fva}; every reverification check then fails */
  public TokenSpec withoutFactorAges() {
    return with(s -> s.factorAges = null);
  }

  /** @return the new spec of a pending session ({@code "sts":"pending"}: signed in, tasks left to do) */
  public TokenSpec pending() {
    return with(s -> s.pending = true);
  }

  /** @param lifetime {@code exp - iat}, positive; @return the new spec */
  public TokenSpec lifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
    return with(s -> s.lifetime = lifetime);
  }

  /** @param issuedAt a fixed {@code iat} (times follow from it); @return the new spec */
  public TokenSpec issuedAt(Instant issuedAt) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    return with(s -> {
      s.issuedAt = issuedAt;
      s.expiredFor = null;
    });
  }

  /**
   * @param age how long before the clock's now the token was issued (negative: in the future)
   * @return the new spec
   */
  public TokenSpec age(Duration age) {
    Objects.requireNonNull(age, "age");
    return with(s -> {
      s.issuedAt = null;
      s.expiredFor = null;
      s.age = age;
    });
  }

  /** @return the new spec, whose {@code exp} lies {@link #DEFAULT_TIME_SHIFT} in the past (beyond any usual skew) */
  public TokenSpec expired() {
    return expiredFor(DEFAULT_TIME_SHIFT);
  }

  /** @param expiredFor how long ago {@code exp} was; @return the new spec */
  public TokenSpec expiredFor(Duration expiredFor) {
    Objects.requireNonNull(expiredFor, "expiredFor");
    return with(s -> {
      s.issuedAt = null;
      s.expiredFor = expiredFor;
    });
  }

  /** @return the new spec, issued now but with {@code nbf} {@link #DEFAULT_TIME_SHIFT} in the future */
  public TokenSpec notYetValid() {
    return with(s -> s.notBeforeFromNow = DEFAULT_TIME_SHIFT);
  }

  /** @return the new spec, with {@code iat} {@link #DEFAULT_TIME_SHIFT} in the future and {@code nbf} now */
  public TokenSpec issuedInTheFuture() {
    return with(s -> {
      s.issuedAt = null;
      s.expiredFor = null;
      s.age = DEFAULT_TIME_SHIFT.negated();
      s.notBeforeFromNow = Duration.ZERO;
    });
  }

  /** @param clock the clock read at signing; @return the new spec */
  public TokenSpec clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return with(s -> s.clock = clock);
  }

  /**
   * @param name a claim name
   * @param value its JSON value (see {@link Json}), copied: changing a map or list afterwards changes nothing here;
   *     replaces what the spec would write
   * @return the new spec
   */
  public TokenSpec claim(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name");
    Object copy = Json.copyOf(value);
    return with(s -> s.claims.put(name, copy));
  }

  /** @param name a claim name; @return the new spec, which does not write this claim at all */
  public TokenSpec withoutClaim(String name) {
    Objects.requireNonNull(name, "name");
    return with(s -> s.claims.remove(name));
  }

  /**
   * @param name a JWS header parameter
   * @param value its JSON value, copied as for {@link #claim}; replaces what the spec would write ({@code alg} here
   *     changes the header only)
   * @return the new spec
   */
  public TokenSpec header(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name");
    Object copy = Json.copyOf(value);
    return with(s -> s.header.put(name, copy));
  }

  /** @param name a JWS header parameter; @return the new spec, which does not write it */
  public TokenSpec withoutHeader(String name) {
    Objects.requireNonNull(name, "name");
    return with(s -> s.header.remove(name));
  }

  /** @param keyId the {@code kid} to name instead of the signing key's; @return the new spec */
  public TokenSpec keyId(String keyId) {
    return header("kid", text(keyId, "keyId"));
  }

  /** @param category the {@code cat} header, for example {@link TokenCategory#JWT_TEMPLATE}; @return the new spec */
  public TokenSpec category(TokenCategory category) {
    return header("cat", category.headerValue());
  }

  /**
   * @param rsaAlgorithm {@code RS256}, {@code RS384} or {@code RS512}: the header's {@code alg} and the signature
   * @return the new spec
   */
  public TokenSpec algorithm(String rsaAlgorithm) {
    String jca = RSA_ALGORITHMS.get(rsaAlgorithm);
    if (jca == null) {
      throw new IllegalArgumentException("algorithm must be RS256, RS384 or RS512; use header(\"alg\", …) for others");
    }
    return with(s -> {
      s.algorithm = rsaAlgorithm;
      s.jcaAlgorithm = jca;
    });
  }

  /**
   * @param key the key that signs; the header names its key id unless {@link #keyId} says otherwise
   * @return the new spec
   */
  public TokenSpec signedBy(SigningKey key) {
    Objects.requireNonNull(key, "key");
    return with(s -> s.signer = key);
  }

  /** @return the new spec, signed by a key nobody published but naming the usual key id: a forged signature */
  public TokenSpec signedByUnknownKey() {
    String keyId = state.signer.keyId();
    SigningKey stranger = SigningKey.generate(keyId);
    return with(s -> s.signer = stranger);
  }

  /** @return the new spec, naming a key id no JWK Set holds */
  public TokenSpec unknownKeyId() {
    return keyId("ins_unknown_" + SigningKey.randomId(12));
  }

  /** @return the new spec, whose signature has one bit flipped */
  public TokenSpec tamperedSignature() {
    return with(s -> s.tamperedSignature = true);
  }

  /** @return the claims {@link #sign()} would write now (a fresh {@code jti} each call); unmodifiable */
  public Map<String, @Nullable Object> claims() {
    return TokenRenderer.claims(state, state.clock.instant());
  }

  /** @return the header {@link #sign()} writes, in order; unmodifiable */
  public Map<String, @Nullable Object> header() {
    return TokenRenderer.header(state);
  }

  /** @return the signed token, compact serialization */
  public String sign() {
    return mint().token();
  }

  /** @return the signed token with its header and claims as JSON */
  public MintedToken mint() {
    return TokenRenderer.mint(state);
  }

  /** @return the user, session and signing key id; never a token */
  @Override
  public String toString() {
    return "TokenSpec[sub=" + state.userId + ", sid=" + state.sessionId + ", kid=" + state.signer.keyId() + "]";
  }

  private static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  private static List<String> matching(String[] values, Pattern pattern, String name, String shape) {
    for (String value : values) {
      if (!pattern.matcher(Objects.requireNonNull(value, name)).matches()) {
        throw new IllegalArgumentException(name + " must look like " + shape);
      }
    }
    return List.copyOf(Arrays.asList(values));
  }

  /** The spec's values; each spec owns its copy and never changes it after construction. */
  static final class State {
    SigningKey signer;
    String issuer;
    Clock clock;
    String userId = DEFAULT_USER_ID;
    String sessionId = DEFAULT_SESSION_ID;
    @Nullable String authorizedParty;
    int claimsVersion = DEFAULT_CLAIMS_VERSION;
    @Nullable String orgId;
    String orgSlug = DEFAULT_ORG_SLUG;
    @Nullable String orgRole;
    List<String> permissions = List.of();
    List<String> features = List.of();
    List<String> plans = List.of();
    @Nullable String actor;
    @Nullable List<Long> factorAges = DEFAULT_FACTOR_AGES;
    boolean pending;
    Duration lifetime = DEFAULT_LIFETIME;
    @Nullable Instant issuedAt;
    Duration age = Duration.ZERO;
    @Nullable Duration expiredFor;
    @Nullable Duration notBeforeFromNow;
    String algorithm = "RS256";
    String jcaAlgorithm = RawJws.RS256;
    boolean tamperedSignature;
    Overrides claims = new Overrides();
    Overrides header = new Overrides();

    @SuppressWarnings("NullAway.Init")
    State() {}

    State copy() {
      State copy = new State();
      copy.signer = signer;
      copy.issuer = issuer;
      copy.clock = clock;
      copy.userId = userId;
      copy.sessionId = sessionId;
      copy.authorizedParty = authorizedParty;
      copy.claimsVersion = claimsVersion;
      copy.orgId = orgId;
      copy.orgSlug = orgSlug;
      copy.orgRole = orgRole;
      copy.permissions = permissions;
      copy.features = features;
      copy.plans = plans;
      copy.actor = actor;
      copy.factorAges = factorAges;
      copy.pending = pending;
      copy.lifetime = lifetime;
      copy.issuedAt = issuedAt;
      copy.age = age;
      copy.expiredFor = expiredFor;
      copy.notBeforeFromNow = notBeforeFromNow;
      copy.algorithm = algorithm;
      copy.jcaAlgorithm = jcaAlgorithm;
      copy.tamperedSignature = tamperedSignature;
      copy.claims = claims.copy();
      copy.header = header.copy();
      return copy;
    }

    boolean hasOrganization() {
      return orgId != null || orgRole != null || !permissions.isEmpty();
    }
  }
}
