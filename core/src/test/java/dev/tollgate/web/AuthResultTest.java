package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthResultTest {

  @Test
  void toStringWhenSignedInThenIdsButNeverTheToken() {
    String token = WebTestSupport.validToken();
    AuthResult result = RequestAuthenticator.of(WebTestSupport.verifier())
        .authenticate(WebTestSupport.request("Authorization", "Bearer " + token));

    assertEquals(AuthStatus.SIGNED_IN, result.status());
    assertTrue(result.toString().contains("user_2test"));
    assertFalse(result.toString().contains(token));
  }

  @Test
  void signedOutWhenNoErrorThen401AndNoSession() {
    AuthResult.SignedOut out = new AuthResult.SignedOut("session-token-missing", "none", null);

    assertEquals(401, out.httpStatus());
    assertTrue(out.session().isEmpty());
    assertEquals("SignedOut[reason=session-token-missing, error=none]", out.toString());
    assertEquals("signed-out", out.status().code());
  }

  @Test
  void unavailableWhenCreatedThenCarriesRetryHintAndNoSession() {
    AuthResult.Unavailable unavailable = new AuthResult.Unavailable(Duration.ofSeconds(7), "down");

    assertEquals(Duration.ofSeconds(7), unavailable.retryAfter());
    assertTrue(unavailable.session().isEmpty());
    assertEquals("unavailable", unavailable.status().code());
    assertEquals(403, BearerError.INSUFFICIENT_SCOPE.httpStatus());
  }
}
