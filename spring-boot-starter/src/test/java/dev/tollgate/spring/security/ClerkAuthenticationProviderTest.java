package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.spring.testing.ScenarioApp;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider behind the chain's {@code AuthenticationManager}: the principal is the verified session, and
 * Spring Security's own authentication events fire for each verified or refused credential.
 */
class ClerkAuthenticationProviderTest extends ScenarioTest {

  @Autowired
  ScenarioApp.AuthenticationEvents events;

  @Test
  void authenticateWhenTokenValidThenPrincipalIsTheSession() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(TestTokens.USER_ID + " " + TestTokens.SESSION_ID, response.body(),
        "@AuthenticationPrincipal Session");
  }

  @Test
  void authenticateWhenVerifiedOrRefusedThenSpringSecurityEventsFire() {
    int successes = events.successes.get();
    int failures = events.failures.get();
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minus(Duration.ofHours(1))).build();

    http().get("/me", "Authorization", bearer(TestTokens.token().build()));
    http().get("/me", "Authorization", bearer(expired));
    http().get("/public/whoami");

    assertEquals(List.of(1, 1), List.of(events.successes.get() - successes, events.failures.get() - failures),
        "success and failure events of a valid token, an expired one and none");
  }
}
