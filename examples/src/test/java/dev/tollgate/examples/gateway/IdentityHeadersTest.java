package dev.tollgate.examples.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.examples.testing.Clocks;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.TestIssuerExtension;
import dev.tollgate.test.tokens.TokenSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdentityHeadersTest {

  @RegisterExtension
  static final TestIssuerExtension ISSUERS =
      TestIssuerExtension.perClass(() -> TestIssuer.builder().clock(Clocks.fixed()).start());

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
  void ofWhenPlainSessionThenUserAndSessionOnly(TestIssuer issuer) throws Exception {
    Session session = issuer.verifier().verify(issuer.token().sessionId("sess_1").sign());

    assertEquals(Map.of(IdentityHeaders.USER_ID, TokenSpec.DEFAULT_USER_ID, IdentityHeaders.SESSION_ID, "sess_1"),
        IdentityHeaders.of(session));
  }

  @Test
  void ofWhenOrganizationAndActorThenAllFiveInOrder(TestIssuer issuer) throws Exception {
    Session session = issuer.verifier().verify(issuer.token().sessionId("sess_1").organization("org_1", "acme")
        .orgRole("admin").actor("user_agent").sign());

    Map<String, String> headers = IdentityHeaders.of(session);
    assertEquals(IdentityHeaders.NAMES, List.copyOf(headers.keySet()));
    assertEquals("org_1", headers.get(IdentityHeaders.ORG_ID));
    assertEquals("org:admin", headers.get(IdentityHeaders.ORG_ROLE));
    assertEquals("user_agent", headers.get(IdentityHeaders.ACTOR_ID));
  }
}
