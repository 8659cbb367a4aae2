package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.Reverification;
import dev.tollgate.Session;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code @clerk.has(…)} and {@code @clerk.reverified(…)} in {@code @PreAuthorize}, over HTTP and directly. */
class ClerkMethodSecurityTest extends ScenarioTest {

  /** A v2 token: org role admin, org:invoices:manage, org features invoices and reservations, user plan pro. */
  static final TestTokens.Builder V2_ADMIN = TestTokens.token().claim("v", 2).claim("fea", "o:invoices,o:reservations")
      .claim("pla", "u:pro").claim("o", Map.of("id", "org_2test", "rol", "admin", "per", "manage", "fpm", "1,0"));

  @Autowired
  ClerkMethodSecurity clerk;

  @Autowired
  dev.tollgate.SessionVerifier verifier;

  @AfterEach
  void clearContext() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void hasWhenPermissionGrantedThen200ElseInsufficientScope() {
    String manager = TestTokens.token().orgRole("org:member")
        .claim("org_permissions", List.of("org:invoices:manage")).build();
    String member = TestTokens.token().orgRole("org:member").build();

    HttpResponse<String> granted = http().get("/invoices", "Authorization", bearer(manager));
    HttpResponse<String> denied = http().get("/invoices", "Authorization", bearer(member));

    assertEquals(200, granted.statusCode(), granted::body);
    assertEquals(403, denied.statusCode(), "status without the permission");
    assertEquals(ErrorResponse.insufficientScope("tollgate", TollgateAccessDeniedHandler.DENIED_DESCRIPTION).body(),
        denied.body(), "body");
  }

  @Test
  void reverifiedWhenFactorFreshThen200() {
    String fresh = TestTokens.token().claim("fva", List.of(0, 2)).build();

    HttpResponse<String> response = http().get("/sensitive", "Authorization", bearer(fresh));

    assertEquals(200, response.statusCode(), response::body);
  }

  @Test
  void reverifiedWhenFactorStaleThen403WithClerksReverificationBody() {
    String stale = TestTokens.token().claim("fva", List.of(30, 30)).build();

    HttpResponse<String> response = http().get("/sensitive", "Authorization", bearer(stale));

    ErrorResponse expected = ErrorResponse.reverificationRequired(Reverification.STRICT);
    assertEquals(403, response.statusCode(), "status");
    assertEquals(expected.body(), response.body(), "body");
    assertEquals(ErrorResponse.JSON, response.headers().firstValue("Content-Type").orElse(""), "content type");
    assertEquals("(absent)", response.headers().firstValue("WWW-Authenticate").orElse("(absent)"), "challenge");
  }

  @Test
  void reverifiedWhenAnonymousThen401() {
    HttpResponse<String> response = http().get("/sensitive");

    assertEquals(401, response.statusCode(), "status");
  }

  @Test
  void hasWhenNamesReadAsClerkKeysThenRoleOrPermissionOrBillingCheck() throws Exception {
    signIn(V2_ADMIN);

    assertEquals(List.of(true, true, true, false, true, true, false),
        List.of(clerk.has("org:admin"), clerk.has("admin"), clerk.has("org:invoices:manage"),
            clerk.has("org:invoices:read"), clerk.has("feature:reservations"), clerk.has("plan:user:pro"),
            clerk.has("plan:org:pro")),
        "org:admin, admin, org:invoices:manage, org:invoices:read, feature:reservations, plan:user:pro, plan:org:pro");
  }

  @Test
  void hasWhenNoSessionThenFalse() {
    assertEquals(List.of(false, false), List.of(clerk.has("org:admin"), clerk.reverified("lax")),
        "has and reverified without a signed-in session");
  }

  @Test
  void reverifiedWhenPresetUnknownThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> clerk.reverified("sometimes"));
  }

  private void signIn(TestTokens.Builder token) throws Exception {
    Session session = verifier.verify(token.build());
    SecurityContextHolder.getContext().setAuthentication(
        new ClerkSessionAuthentication(session, SessionAuthoritiesMapper.standard().authorities(session)));
  }
}
