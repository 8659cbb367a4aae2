package dev.tollgate.spring.security.reactive;

import static dev.tollgate.spring.testing.Http.bearer;
import static dev.tollgate.spring.testing.Refusals.assertAnswer;
import static dev.tollgate.spring.testing.Refusals.assertRefusal;
import static dev.tollgate.spring.testing.Refusals.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.Reverification;
import dev.tollgate.spring.security.TollgateAccessDeniedHandler;
import dev.tollgate.spring.testing.ReactiveScenarioTest;
import dev.tollgate.spring.testing.RefusalScenarios;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The starter's default reactive chain (the application defines none) on Netty answers as the servlet side does:
 * every refusal of {@link RefusalScenarios}, and the principal, authorities, reverification and CSRF answers of the
 * same {@code ClerkSessionAuthentication} and handlers.
 */
class TollgateServerSecurityTest extends ReactiveScenarioTest implements RefusalScenarios {

  @Test
  void requestWhenSignedInThenAuthenticationPrincipalIsTheSession() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(TestTokens.USER_ID + " " + TestTokens.SESSION_ID, response.body(), "principal");
  }

  @Test
  void requestWhenSessionCookieThenSignedIn() {
    HttpResponse<String> plain = http().get("/me", "Cookie", "__session=" + TestTokens.token().build());
    HttpResponse<String> empty = http().get("/me", "Cookie", "__session=");

    assertEquals(200, plain.statusCode(), plain.body());
    assertRefusal(AuthResult.SignedOut.sessionTokenMissing(), empty);
  }

  @Test
  void requestWhenOrganizationPermissionsThenTheStandardMappersAuthorities() {
    String token = TestTokens.token().orgRole("org:admin").claim("org_permissions", List.of("org:invoices:read"))
        .build();

    HttpResponse<String> response = http().get("/authorities", "Authorization", bearer(token));

    assertEquals("[\"org:admin\",\"org:invoices:read\"]", response.body(), "authorities");
  }

  @Test
  void requestWhenReverificationRequiredThen403ClerksReverificationBody() {
    String stale = TestTokens.token().claim("fva", List.of(60, 60)).build();
    Reverification strict = Reverification.preset("strict").orElseThrow();

    HttpResponse<String> response = http().get("/sensitive", "Authorization", bearer(stale));

    assertAnswer(ErrorResponse.reverificationRequired(strict), response);
  }

  @Test
  void postWhenSessionCookieWithoutCsrfTokenThen403ProblemNotA401() {
    HttpResponse<String> response = http().post("/post", "Cookie", "__session=" + TestTokens.token().build());

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(TollgateAccessDeniedHandler.CSRF_PROBLEM, response.body(), "problem body");
    assertEquals(ErrorResponse.PROBLEM_JSON, header(response, "Content-Type"), "content type");
    assertEquals(200, http().post("/post", "Authorization", bearer(TestTokens.token().build())).statusCode(),
        "a Bearer request carries no ambient credential and needs no CSRF token");
  }
}
