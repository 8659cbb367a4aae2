package dev.tollgate.examples.app;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tollgate.Actor;
import dev.tollgate.FactorVerificationAge;
import dev.tollgate.Organization;
import dev.tollgate.Session;
import dev.tollgate.examples.support.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a verified {@link Session} as the JSON {@code /api/me} answers: user and session ids, status, claims
 * version, authorized party, issuer, times, organization (id, slug, role, permissions), actor, factor
 * verification ages, features and plans. Absent facts are JSON {@code null}; the token itself is never
 * written. Stateless and thread-safe.
 */
public final class SessionJson {

  private SessionJson() {}

  /**
   * @param session the verified session
   * @param identityHeaders identity headers the request arrived with (set by a gateway), shown under
   *     {@code receivedIdentityHeaders} when not empty; the app never trusts them, it shows them
   * @return the JSON document
   */
  public static String write(Session session, Map<String, String> identityHeaders) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(identityHeaders, "identityHeaders");
    return Json.write(json -> {
      json.writeStartObject();
      json.writeStringField("userId", session.userId());
      json.writeStringField("sessionId", session.sessionId());
      json.writeStringField("status", session.status().claimValue());
      json.writeNumberField("claimsVersion", session.claimsVersion());
      optional(json, "authorizedParty", session.authorizedParty());
      optional(json, "issuer", session.issuer());
      optional(json, "issuedAt", session.issuedAt().map(Instant::toString));
      json.writeStringField("expiresAt", session.expiresAt().toString());
      organization(json, session.organization());
      json.writeBooleanField("impersonated", session.isImpersonated());
      actor(json, session.actor());
      factorAges(json, session.factorVerificationAge());
      Json.writeStrings(json, "features", session.features());
      Json.writeStrings(json, "plans", session.plans());
      if (!identityHeaders.isEmpty()) {
        json.writeObjectFieldStart("receivedIdentityHeaders");
        for (Map.Entry<String, String> header : identityHeaders.entrySet()) {
          json.writeStringField(header.getKey(), header.getValue());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    });
  }

  private static void organization(JsonGenerator json, Optional<Organization> organization) throws IOException {
    if (organization.isEmpty()) {
      json.writeNullField("organization");
      return;
    }
    Organization org = organization.get();
    json.writeObjectFieldStart("organization");
    json.writeStringField("id", org.id());
    optional(json, "slug", org.slug());
    optional(json, "role", org.role());
    Json.writeStrings(json, "permissions", org.permissions());
    json.writeEndObject();
  }

  private static void actor(JsonGenerator json, Optional<Actor> actor) throws IOException {
    if (actor.isEmpty()) {
      json.writeNullField("actor");
      return;
    }
    json.writeObjectFieldStart("actor");
    json.writeStringField("subject", actor.get().subject());
    optional(json, "issuer", actor.get().issuer());
    optional(json, "sessionId", actor.get().sessionId());
    optional(json, "type", actor.get().type());
    json.writeEndObject();
  }

  private static void factorAges(JsonGenerator json, Optional<FactorVerificationAge> ages) throws IOException {
    if (ages.isEmpty()) {
      json.writeNullField("factorVerificationAge");
      return;
    }
    json.writeArrayFieldStart("factorVerificationAge");
    json.writeNumber(ages.get().firstFactorMinutes());
    json.writeNumber(ages.get().secondFactorMinutes());
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }
}
