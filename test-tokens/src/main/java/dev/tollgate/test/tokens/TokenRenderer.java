package dev.tollgate.test.tokens;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link TokenSpec}'s values into a header, claims and a signed token. Claims are written in alphabetical
 * order, as Clerk writes them; the spec's own claims and removals apply last. Stateless.
 */
final class TokenRenderer {

  private TokenRenderer() {}

  static MintedToken mint(TokenSpec.State state) {
    Instant now = state.clock.instant();
    Map<String, @Nullable Object> claims = claims(state, now);
    String header = Json.write(header(state));
    String payload = Json.write(claims);
    String signingInput = RawJws.base64Url(header) + "." + RawJws.base64Url(payload);
    byte[] signature = RawJws.signature(signingInput, state.signer.privateKey(), state.jcaAlgorithm);
    if (state.tamperedSignature) {
      signature[signature.length / 2] ^= 0x01;
    }
    return new MintedToken(signingInput + "." + RawJws.base64Url(signature), header, payload,
        Instant.ofEpochSecond(expiresAt(state, now)));
  }

  static Map<String, @Nullable Object> header(TokenSpec.State state) {
    Map<String, @Nullable Object> header = new LinkedHashMap<>();
    header.put("alg", state.algorithm);
    header.put("cat", TokenCategory.SESSION.headerValue());
    header.put("kid", state.signer.keyId());
    header.put("typ", "JWT");
    state.header.applyTo(header);
    return Collections.unmodifiableMap(header);
  }

  static Map<String, @Nullable Object> claims(TokenSpec.State state, Instant now) {
    boolean v2 = state.claimsVersion == 2;
    if (!v2 && (!state.features.isEmpty() || !state.plans.isEmpty())) {
      throw new IllegalStateException("features and plans are claims of version 2; use claimsVersion(2)");
    }
    long issuedAt = issuedAt(state, now);
    Map<String, @Nullable Object> claims = new TreeMap<>();
    if (state.actor != null) {
      claims.put("act", new TreeMap<>(Map.of("iss", TokenSpec.ACTOR_ISSUER, "sid", "sess_actor", "sub", state.actor)));
    }
    if (state.authorizedParty != null) {
      claims.put("azp", state.authorizedParty);
    }
    claims.put("exp", expiresAt(state, now));
    if (state.factorAges != null) {
      claims.put("fva", state.factorAges);
    }
    claims.put("iat", issuedAt);
    claims.put("iss", state.issuer);
    claims.put("jti", SigningKey.randomId(20));
    claims.put("nbf", state.notBeforeFromNow != null
        ? now.plus(state.notBeforeFromNow).getEpochSecond()
        : issuedAt - TokenSpec.NOT_BEFORE_LEAD.toSeconds());
    claims.put("sid", state.sessionId);
    claims.put("sub", state.userId);
    if (v2) {
      writeVersion2(state, claims);
    } else {
      writeVersion1(state, claims);
    }
    state.claims.applyTo(claims);
    return Collections.unmodifiableMap(claims);
  }

  private static void writeVersion2(TokenSpec.State state, Map<String, @Nullable Object> claims) {
    CompactOrgClaim org = CompactOrgClaim.encode(state.features, state.permissions);
    if (!org.features().isEmpty()) {
      claims.put("fea", String.join(",", org.features()));
    }
    if (state.hasOrganization()) {
      Map<String, Object> compact = new LinkedHashMap<>();
      compact.put("id", orgId(state));
      compact.put("slg", state.orgSlug);
      if (state.orgRole != null) {
        compact.put("rol", state.orgRole.substring("org:".length()));
      }
      if (!state.permissions.isEmpty()) {
        compact.put("per", org.per());
        compact.put("fpm", org.fpm());
      }
      claims.put("o", compact);
    }
    if (!state.plans.isEmpty()) {
      claims.put("pla", String.join(",", state.plans));
    }
    claims.put("sts", state.pending ? "pending" : "active");
    claims.put("v", 2);
  }

  private static void writeVersion1(TokenSpec.State state, Map<String, @Nullable Object> claims) {
    if (state.hasOrganization()) {
      claims.put("org_id", orgId(state));
      claims.put("org_permissions", List.copyOf(state.permissions));
      if (state.orgRole != null) {
        claims.put("org_role", state.orgRole);
      }
      claims.put("org_slug", state.orgSlug);
    }
    if (state.pending) {
      claims.put("sts", "pending");
    }
  }

  private static String orgId(TokenSpec.State state) {
    return state.orgId != null ? state.orgId : TokenSpec.DEFAULT_ORG_ID;
  }

  private static long issuedAt(TokenSpec.State state, Instant now) {
    if (state.issuedAt != null) {
      return state.issuedAt.getEpochSecond();
    }
    if (state.expiredFor != null) {
      return expiresAt(state, now) - state.lifetime.toSeconds();
    }
    return now.minus(state.age).getEpochSecond();
  }

  private static long expiresAt(TokenSpec.State state, Instant now) {
    if (state.expiredFor != null) {
      return now.minus(state.expiredFor).getEpochSecond();
    }
    return issuedAt(state, now) + state.lifetime.toSeconds();
  }
}
