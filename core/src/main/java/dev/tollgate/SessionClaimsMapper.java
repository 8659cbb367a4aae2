package dev.tollgate;

import dev.tollgate.internal.StrictJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the claims of a verified token onto a {@link Session}: v1 {@code org_*} claims or the v2 compact
 * {@code o} claim, {@code act}, {@code fva}, {@code fea}/{@code pla}, and the registered claims. Malformed
 * optional claims map to "absent", which fails every authorization check that needs them.
 */
final class SessionClaimsMapper {

  private SessionClaimsMapper() {}

  static Session map(String token, @Nullable String keyId, Map<String, @Nullable Object> claims, ClaimTimes times) {
    Session.SessionParts parts = new Session.SessionParts();
    parts.token = token;
    parts.keyId = keyId;
    parts.userId = (String) claims.get("sub");
    parts.sessionId = (String) claims.get("sid");
    Object status = claims.get("sts");
    parts.status = status == null ? SessionStatus.ACTIVE : SessionStatus.fromClaim((String) status).orElseThrow();
    parts.actor = actor(claims.get("act"));
    parts.features = Entitlements.parse(claims.get("fea"));
    parts.plans = Entitlements.parse(claims.get("pla"));
    boolean v2 = Long.valueOf(2).equals(claims.get("v"));
    parts.claimsVersion = v2 ? 2 : 1;
    parts.organization = v2 ? organizationV2(claims.get("o"), parts.features) : organizationV1(claims);
    parts.factorVerificationAge = factorAge(claims.get("fva"));
    parts.authorizedParty = text(claims.get("azp"));
    parts.issuer = text(claims.get("iss"));
    parts.tokenId = text(claims.get("jti"));
    parts.audience = audience(claims.get("aud"));
    parts.expiresAt = ClaimTimes.instant(times.expiresAt());
    parts.notBefore = ClaimTimes.instant(times.notBefore());
    parts.issuedAt = ClaimTimes.instant(times.issuedAt());
    parts.claims = claims;
    return new Session(parts);
  }

  private static @Nullable Actor actor(@Nullable Object claim) {
    if (!(claim instanceof Map<?, ?> members)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> act = (Map<String, @Nullable Object>) members;
    String subject = text(act.get("sub"));
    if (subject == null || subject.isEmpty()) {
      return null;
    }
    return new Actor(subject, text(act.get("iss")), text(act.get("sid")), text(act.get("type")), act);
  }

  private static @Nullable Organization organizationV1(Map<String, @Nullable Object> claims) {
    String id = text(claims.get("org_id"));
    if (id == null || id.isEmpty()) {
      return null;
    }
    return new Organization(id, text(claims.get("org_slug")), text(claims.get("org_role")),
        stringList(claims.get("org_permissions")));
  }

  private static @Nullable Organization organizationV2(@Nullable Object claim, Entitlements features) {
    if (!(claim instanceof Map<?, ?> org)) {
      return null;
    }
    String id = text(org.get("id"));
    if (id == null || id.isEmpty()) {
      return null;
    }
    String role = text(org.get("rol"));
    return new Organization(id, text(org.get("slg")), role == null || role.isEmpty() ? null : OrgNames.normalize(role),
        OrgPermissions.decode(features, org.get("per"), org.get("fpm")));
  }

  /** Both ages must be -1 or non-negative numbers; fractions are floored (exact for whole-minute thresholds). */
  private static @Nullable FactorVerificationAge factorAge(@Nullable Object claim) {
    if (!(claim instanceof List<?> ages) || ages.size() != 2) {
      return null;
    }
    long first = minutes(ages.get(0));
    long second = minutes(ages.get(1));
    if (first == Long.MIN_VALUE || second == Long.MIN_VALUE) {
      return null;
    }
    return new FactorVerificationAge(first, second);
  }

  private static long minutes(@Nullable Object age) {
    if (age instanceof Long value) {
      return value >= FactorVerificationAge.NEVER ? value : Long.MIN_VALUE;
    }
    if (age instanceof BigDecimal value) {
      if (value.compareTo(BigDecimal.valueOf(FactorVerificationAge.NEVER)) == 0) {
        return FactorVerificationAge.NEVER;
      }
      if (value.signum() < 0) {
        return Long.MIN_VALUE;
      }
      if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
        return Long.MAX_VALUE;
      }
      // Below Long.MAX_VALUE the scale is small enough for setScale to be cheap.
      return value.scale() > 100 ? 0 : value.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
    return Long.MIN_VALUE;
  }

  private static List<String> audience(@Nullable Object claim) {
    if (claim instanceof String single) {
      return List.of(single);
    }
    return stringList(claim);
  }

  /** A list of strings, or empty when the claim is absent or holds anything else (grant nothing). */
  private static List<String> stringList(@Nullable Object claim) {
    List<String> parsed = StrictJson.parsedStrings(claim);
    if (parsed != null) {
      return parsed;
    }
    if (!(claim instanceof List<?> list)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : list) {
      if (!(value instanceof String text)) {
        return List.of();
      }
      values.add(text);
    }
    return List.copyOf(values);
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof String text ? text : null;
  }
}
