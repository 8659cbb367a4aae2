package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.Session;
import dev.tollgate.test.TestIssuer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Which incoming headers are removed, and what is sent upstream for a session. */
class IdentityHeadersTest {

  private static final TestIssuer ISSUER = TestIssuer.start();

  @AfterAll
  static void stop() {
    ISSUER.close();
  }

  @Test
  void stripWhenAnySpellingOfAnIdentityHeaderOrThePrefixThenRemovedAndOthersKept() {
    TollgateGatewayProperties properties = new TollgateGatewayProperties();
    properties.getHeaders().setUserId("X-User");
    IdentityHeaders identity = IdentityHeaders.of(properties);
    HttpHeaders headers = new HttpHeaders();
    for (String name : List.of("X-User", "x_user", " X-USER", "X-Clerk-User-Id", "x_clerk_anything", "X-CLERK-",
        "Authorization", "Cookie", "X-Clerk", "X-Users")) {
      headers.add(name, "value");
    }

    assertEquals(true, identity.anyIn(headers), "any identity header");
    identity.strip(headers);

    assertEquals(List.of("Authorization", "Cookie", "X-Clerk", "X-Users"), List.copyOf(headers.headerNames()),
        "headers kept");
    assertEquals(false, identity.anyIn(headers), "any identity header after stripping");
  }

  @Test
  void ofWhenNoOrganizationNoActorAndClaimsOffThenUserAndSessionOnly() {
    Session session = verified(ISSUER.token().sign());

    assertEquals(Optional.of(Map.of("X-Clerk-User-Id", "user_test", "X-Clerk-Session-Id", "sess_test")),
        IdentityHeaders.of(new TollgateGatewayProperties()).of(session), "headers");
  }

  @Test
  void ofWhenEverythingPresentThenEveryHeaderAndTheClaimsAsThePayloadSegment() {
    TollgateGatewayProperties properties = new TollgateGatewayProperties();
    properties.setForwardClaims(true);
    String token = ISSUER.token().organization("org_1", "acme").orgRole("admin").actor("user_support").sign();

    assertEquals(Optional.of(Map.of("X-Clerk-User-Id", "user_test", "X-Clerk-Session-Id", "sess_test",
        "X-Clerk-Org-Id", "org_1", "X-Clerk-Org-Slug", "acme", "X-Clerk-Org-Role", "org:admin",
        "X-Clerk-Actor", "user_support", "X-Clerk-Claims", token.split("\\.")[1])),
        IdentityHeaders.of(properties).of(verified(token)), "headers");
  }

  @Test
  void ofWhenAValueIsNotPrintableAsciiThenNothingForwarded() {
    Session session = verified(ISSUER.token().organization("org_1", "caf\u00e9").sign());

    assertEquals(Optional.empty(), IdentityHeaders.of(new TollgateGatewayProperties()).of(session), "headers");
  }

  private static Session verified(String token) {
    try {
      return ISSUER.verifier().verify(token);
    } catch (Exception rejected) {
      throw new AssertionError(rejected);
    }
  }
}
