package dev.tollgate.examples.issuer;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tollgate.SessionStatus;
import dev.tollgate.examples.support.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Mints Clerk-shaped session tokens: header {@code {"alg":"RS256","cat":"cl_B7d4PD111AAA","kid":…,"typ":"JWT"}}
 * and the claims of a {@link TokenSpec} in alphabetical order, as Clerk writes them: {@code act}, {@code azp},
 * {@code exp}, {@code fea}, {@code fva}, {@code iat}, {@code iss}, {@code jti}, {@code nbf}, {@code o} (v2) or
 * {@code org_*} (v1), {@code pla}, {@code sid}, {@code sts}, {@code sub}, {@code v}. Times follow Clerk:
 * {@code nbf = iat - 10 s}, {@code exp = iat + lifetime}.
 *
 * <p>Development only: whoever can call it gets a valid token. Immutable and thread-safe.
 *
 * @see <a href="https://clerk.com/docs/backend-requests/resources/session-tokens">Clerk session tokens</a>
 */
public final class TokenMinter {

  /** Clerk's header {@code cat} for session tokens: {@value}. */
  public static final String SESSION_CATEGORY = "cl_B7d4PD111AAA";
  /** The {@code act.iss} Clerk writes for impersonation from its dashboard: {@value}. */
  public static final String ACTOR_ISSUER = "https://dashboard.clerk.com";
  /** How far {@code nbf} lies before {@code iat}: {@value} seconds, as in Clerk's tokens. */
  public static final long NOT_BEFORE_LEAD_SECONDS = 10;

  private final SigningKey key;
  private final String issuer;
  private final Clock clock;

  /**
   * @param key the signing key
   * @param issuer the default {@code iss}, for example {@code http://127.0.0.1:8787}
   * @param clock the clock for {@code iat}
   */
  public TokenMinter(SigningKey key, String issuer, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @return the default issuer written into tokens */
  public String issuer() {
    return issuer;
  }

  /**
   * Mints and signs a token.
   *
   * @param spec what the token says
   * @return the token with its decoded parts
   */
  public MintedToken mint(TokenSpec spec) {
    Objects.requireNonNull(spec, "spec");
    long issuedAt = clock.instant().minus(spec.age()).getEpochSecond();
    long expiresAt = issuedAt + spec.lifetime().toSeconds();
    String header = Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("alg", "RS256");
      json.writeStringField("cat", SESSION_CATEGORY);
      json.writeStringField("kid", key.keyId());
      json.writeStringField("typ", "JWT");
      json.writeEndObject();
    });
    String claims = Json.write(json -> writeClaims(json, spec, issuedAt, expiresAt));
    String input = base64Url(header) + "." + base64Url(claims);
    return new MintedToken(input + "." + key.sign(input), header, claims, Instant.ofEpochSecond(expiresAt));
  }

  private void writeClaims(JsonGenerator json, TokenSpec spec, long issuedAt, long expiresAt) throws IOException {
    boolean v2 = spec.claimsVersion() == 2;
    CompactOrgClaim org = CompactOrgClaim.encode(spec.features(), v2 ? spec.permissions() : List.of());
    json.writeStartObject();
    if (spec.actor().isPresent()) {
      json.writeObjectFieldStart("act");
      json.writeStringField("iss", ACTOR_ISSUER);
      json.writeStringField("sid", "sess_actor_" + SigningKey.randomId(12));
      json.writeStringField("sub", spec.actor().get());
      json.writeEndObject();
    }
    if (spec.authorizedParty().isPresent()) {
      json.writeStringField("azp", spec.authorizedParty().get());
    }
    json.writeNumberField("exp", expiresAt);
    if (v2 && !org.features().isEmpty()) {
      json.writeStringField("fea", String.join(",", org.features()));
    }
    if (spec.factorAges().isPresent()) {
      json.writeArrayFieldStart("fva");
      json.writeNumber(spec.factorAges().get().get(0));
      json.writeNumber(spec.factorAges().get().get(1));
      json.writeEndArray();
    }
    json.writeNumberField("iat", issuedAt);
    json.writeStringField("iss", spec.issuer().orElse(issuer));
    json.writeStringField("jti", SigningKey.randomId(20));
    json.writeNumberField("nbf", issuedAt - NOT_BEFORE_LEAD_SECONDS);
    if (spec.orgId().isPresent()) {
      if (v2) {
        writeCompactOrg(json, spec, org);
      } else {
        writeOrgV1(json, spec);
      }
    }
    if (v2 && !spec.plans().isEmpty()) {
      json.writeStringField("pla", String.join(",", spec.plans()));
    }
    json.writeStringField("sid", spec.sessionId().orElseGet(() -> "sess_" + SigningKey.randomId(27)));
    if (v2 || spec.status() == SessionStatus.PENDING) {
      json.writeStringField("sts", spec.status().claimValue());
    }
    json.writeStringField("sub", spec.subject());
    if (v2) {
      json.writeNumberField("v", 2);
    }
    json.writeEndObject();
  }

  private static void writeCompactOrg(JsonGenerator json, TokenSpec spec, CompactOrgClaim org) throws IOException {
    json.writeObjectFieldStart("o");
    json.writeStringField("id", spec.orgId().orElseThrow());
    json.writeStringField("slg", spec.orgSlug());
    if (spec.orgRole().isPresent()) {
      json.writeStringField("rol", spec.orgRole().get().substring("org:".length()));
    }
    if (!spec.permissions().isEmpty()) {
      json.writeStringField("per", org.per());
      json.writeStringField("fpm", org.fpm());
    }
    json.writeEndObject();
  }

  private static void writeOrgV1(JsonGenerator json, TokenSpec spec) throws IOException {
    json.writeStringField("org_id", spec.orgId().orElseThrow());
    Json.writeStrings(json, "org_permissions", spec.permissions());
    if (spec.orgRole().isPresent()) {
      json.writeStringField("org_role", spec.orgRole().get());
    }
    json.writeStringField("org_slug", spec.orgSlug());
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
