package dev.tollgate.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.issuer.MintedToken;
import dev.tollgate.examples.issuer.SigningKey;
import dev.tollgate.examples.issuer.TokenMinter;
import dev.tollgate.examples.issuer.TokenSpec;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.Clocks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionJsonTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final TokenMinter MINTER = new TokenMinter(KEY, "http://127.0.0.1:8787", Clocks.fixed());

  @Test
  void writeWhenRichSessionThenEveryFactWithoutTheToken() throws Exception {
    MintedToken minted = MINTER.mint(TokenSpec.builder().sessionId("sess_1").orgId("org_1").orgSlug("acme")
        .orgRole("admin").permissions(List.of("org:billing:manage")).features(List.of("u:dashboard"))
        .plans(List.of("u:pro")).actor("user_agent").factorAges(3, 4).build());
    Session session = verify(minted.token());

    String json = SessionJson.write(session, Map.of());
    Map<String, Object> body = Json.parseObject(json);

    assertFalse(json.contains(minted.token()));
    assertEquals(TokenSpec.DEFAULT_SUBJECT, body.get("userId"));
    assertEquals("sess_1", body.get("sessionId"));
    assertEquals("active", body.get("status"));
    assertEquals(2L, body.get("claimsVersion"));
    assertEquals(TokenSpec.DEFAULT_AUTHORIZED_PARTY, body.get("authorizedParty"));
    assertEquals("http://127.0.0.1:8787", body.get("issuer"));
    assertEquals(Clocks.NOW.toString(), body.get("issuedAt"));
    assertEquals(Clocks.NOW.plusSeconds(60).toString(), body.get("expiresAt"));
    assertEquals(Map.of("id", "org_1", "slug", "acme", "role", "org:admin", "permissions",
        List.of("org:billing:manage")), body.get("organization"));
    assertEquals(Boolean.TRUE, body.get("impersonated"));
    assertEquals("user_agent", ((Map<?, ?>) body.get("actor")).get("subject"));
    assertEquals(List.of(3L, 4L), body.get("factorVerificationAge"));
    assertEquals(List.of("u:dashboard", "o:billing"), body.get("features"));
    assertEquals(List.of("u:pro"), body.get("plans"));
    assertFalse(body.containsKey("receivedIdentityHeaders"));
  }

  @Test
  void writeWhenPlainSessionThenAbsentFactsAreNull() throws Exception {
    Session session = verify(MINTER.mint(TokenSpec.builder().noFactorAges().build()).token());

    Map<String, Object> body = Json.parseObject(SessionJson.write(session, Map.of()));

    assertNull(body.get("organization"));
    assertNull(body.get("actor"));
    assertNull(body.get("factorVerificationAge"));
    assertEquals(Boolean.FALSE, body.get("impersonated"));
  }

  @Test
  void writeWhenIdentityHeadersGivenThenShownSeparately() throws Exception {
    Session session = verify(MINTER.mint(TokenSpec.builder().build()).token());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-User-Id", "user_from_gateway");

    Map<String, Object> body = Json.parseObject(SessionJson.write(session, headers));

    assertEquals(Map.of("X-User-Id", "user_from_gateway"), body.get("receivedIdentityHeaders"));
    assertEquals(TokenSpec.DEFAULT_SUBJECT, body.get("userId"));
  }

  private static Session verify(String token) throws Exception {
    try (SessionVerifier verifier = SessionVerifier.builder().jwtKey(KEY.publicKeyPem()).clock(Clocks.fixed())
        .build()) {
      return verifier.verify(token);
    }
  }
}
