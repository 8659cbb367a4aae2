package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.spring.testing.RefusalScenarios;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The default chain of the starter (the application defines none) answers every refusal exactly as the servlet
 * filter does: the status, {@code WWW-Authenticate} and body of {@link ErrorResponse} for the same request
 * ({@link RefusalScenarios}); and the servlet's own dispatches and CSRF refusal.
 */
class TollgateSecurityConfigurerTest extends ScenarioTest implements RefusalScenarios {

  @Test
  void asyncEndpointWhenSignedInThenTheAsyncDispatchKeepsTheAuthentication() {
    HttpResponse<String> response = http().get("/async", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("async " + TestTokens.USER_ID, response.body(), "principal on the async dispatch");
  }

  @Test
  void errorDispatchWhenSignedInThenTheApplicationsStatusNot401() {
    String token = TestTokens.token().build();

    assertEquals(404, http().get("/missing", "Authorization", bearer(token)).statusCode(),
        "ResponseStatusException(404) for a signed-in user");
    assertEquals(404, http().get("/no-such-path", "Authorization", bearer(token)).statusCode(),
        "unmapped path for a signed-in user");
  }

  @Test
  void postWhenSessionCookieWithoutCsrfTokenThen403NotA401() {
    HttpResponse<String> response = http().post("/post", "Cookie", "__session=" + TestTokens.token().build());

    assertEquals(403, response.statusCode(), response.body());
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
        + TollgateAccessDeniedHandler.CSRF_DESCRIPTION + "\"}", response.body(), "problem body");
    assertEquals(200, http().post("/post", "Authorization", bearer(TestTokens.token().build())).statusCode(),
        "a Bearer request carries no ambient credential and needs no CSRF token");
  }
}
