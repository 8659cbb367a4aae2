package dev.tollgate.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tollgate.Session;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.Clocks;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.TestIssuerExtension;
import dev.tollgate.test.tokens.MintedToken;
import dev.tollgate.test.tokens.TokenSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionJsonTest {

  @RegisterExtension
  static final TestIssuerExtension ISSUERS =
      TestIssuerExtension.perClass(() -> TestIssuer.builder().clock(Clocks.fixed()).start());

  @Test
  void writeWhenRichSessionThenEveryFactWithoutTheToken(TestIssuer issuer) throws Exception {
    MintedToken minted = issuer.token().sessionId("sess_1").organization("org_1", "acme").orgRole("admin")
        .permissions("org:billing:manage").features("u:dashboard").plans("u:pro").actor("user_agent")
        .factorAges(3, 4).mint();
    Session session = issuer.verifier().verify(minted.token());

    String json = SessionJson.write(session, Map.of());
    Map<String, Object> body = Json.parseObject(json);

    assertFalse(json.contains(minted.token()));
    assertEquals(TokenSpec.DEFAULT_USER_ID, body.get("userId"));
    assertEquals("sess_1", body.get("sessionId"));
    assertEquals("active", body.get("status"));
    assertEquals(2L, body.get("claimsVersion"));
    assertEquals(issuer.authorizedParty(), body.get("authorizedParty"));
    assertEquals(issuer.issuer(), body.get("issuer"));
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
  void writeWhenPlainSessionThenAbsentFactsAreNull(TestIssuer issuer) throws Exception {
    Session session = issuer.verifier().verify(issuer.token().withoutFactorAges().sign());

    Map<String, Object> body = Json.parseObject(SessionJson.write(session, Map.of()));

    assertNull(body.get("organization"));
    assertNull(body.get("actor"));
    assertNull(body.get("factorVerificationAge"));
    assertEquals(Boolean.FALSE, body.get("impersonated"));
  }

  @Test
  void writeWhenIdentityHeadersGivenThenShownSeparately(TestIssuer issuer) throws Exception {
    Session session = issuer.verifier().verify(issuer.token().sign());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-User-Id", "user_from_gateway");

    Map<String, Object> body = Json.parseObject(SessionJson.write(session, headers));

    assertEquals(Map.of("X-User-Id", "user_from_gateway"), body.get("receivedIdentityHeaders"));
    assertEquals(TokenSpec.DEFAULT_USER_ID, body.get("userId"));
  }
}
