package dev.tollgate.examples.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.issuer.SigningKey;
import dev.tollgate.examples.issuer.TokenMinter;
import dev.tollgate.examples.issuer.TokenSpec;
import dev.tollgate.examples.testing.Clocks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityHeadersTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final TokenMinter MINTER = new TokenMinter(KEY, "http://127.0.0.1", Clocks.fixed());

  @Test
  void isIdentityHeaderWhenAnyCaseOrUnderscoreSpellingThenTrue() {
    for (String name : List.of("X-User-Id", "x-user-id", "X-USER-ID", "X_User_Id", "x_org_role", "X-Actor_Id",
        "X-Session-Id", "x-org-id")) {
      assertTrue(IdentityHeaders.isIdentityHeader(name), name);
    }
  }

  @Test
  void isIdentityHeaderWhenOtherHeaderThenFalse() {
    for (String name : List.of("Authorization", "X-User", "X-User-Ids", "X-Request-Id", "Cookie")) {
      assertFalse(IdentityHeaders.isIdentityHeader(name), name);
    }
  }

  @Test
  void ofWhenPlainSessionThenUserAndSessionOnly() throws Exception {
    Session session = verify(TokenSpec.builder().sessionId("sess_1").build());

    assertEquals(Map.of(IdentityHeaders.USER_ID, TokenSpec.DEFAULT_SUBJECT, IdentityHeaders.SESSION_ID, "sess_1"),
        IdentityHeaders.of(session));
  }

  @Test
  void ofWhenOrganizationAndActorThenAllFiveInOrder() throws Exception {
    Session session = verify(TokenSpec.builder().sessionId("sess_1").orgId("org_1").orgRole("admin")
        .actor("user_agent").build());

    Map<String, String> headers = IdentityHeaders.of(session);
    assertEquals(IdentityHeaders.NAMES, List.copyOf(headers.keySet()));
    assertEquals("org_1", headers.get(IdentityHeaders.ORG_ID));
    assertEquals("org:admin", headers.get(IdentityHeaders.ORG_ROLE));
    assertEquals("user_agent", headers.get(IdentityHeaders.ACTOR_ID));
  }

  private static Session verify(TokenSpec spec) throws Exception {
    try (SessionVerifier verifier = SessionVerifier.builder().jwtKey(KEY.publicKeyPem()).clock(Clocks.fixed())
        .build()) {
      return verifier.verify(MINTER.mint(spec).token());
    }
  }
}
