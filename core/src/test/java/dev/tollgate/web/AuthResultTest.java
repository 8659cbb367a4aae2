package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.RejectionReason;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthResultTest {

  private static final EnumSet<RejectionReason> MALFORMED_REQUEST = EnumSet.of(
      RejectionReason.AUTHORIZATION_HEADER_DUPLICATED, RejectionReason.AUTHORIZATION_HEADER_MALFORMED);

  @Test
  void toStringWhenSignedInThenIdsButNeverTheToken() {
    String token = WebTestSupport.validToken();
    AuthResult result = RequestAuthenticator.of(WebTestSupport.verifier())
        .authenticate(WebTestSupport.request("Authorization", "Bearer " + token));

    assertEquals(AuthStatus.SIGNED_IN, result.status());
    assertEquals("user_2test", assertInstanceOf(AuthResult.SignedIn.class, result).session().userId());
    assertTrue(result.toString().contains("user_2test"));
    assertFalse(result.toString().contains(token));
  }

  @Test
  void signedOutWhenNoErrorThen401() {
    AuthResult.SignedOut out = new AuthResult.SignedOut(RejectionReason.SESSION_TOKEN_MISSING, "none");

    assertEquals(401, out.httpStatus());
    assertEquals(Optional.empty(), out.error());
    assertEquals("SignedOut[reason=session-token-missing, error=none]", out.toString());
    assertEquals("signed-out", out.status().code());
  }

  @Test
  void signedOutWhenSessionTokenMissingThenTheFixedAnswer() {
    AuthResult.SignedOut out = AuthResult.SignedOut.sessionTokenMissing();

    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, out.reason());
    assertEquals("session-token-missing", out.reason().code());
    assertEquals("No session token was sent.", out.message());
  }

  @Test
  void errorWhenAnyReasonThenTheRfc6750ErrorOfItsKind() {
    for (RejectionReason reason : RejectionReason.values()) {
      AuthResult.SignedOut out = new AuthResult.SignedOut(reason, "m");

      Optional<BearerError> expected = reason == RejectionReason.SESSION_TOKEN_MISSING ? Optional.empty()
          : Optional.of(MALFORMED_REQUEST.contains(reason) ? BearerError.INVALID_REQUEST : BearerError.INVALID_TOKEN);
      assertEquals(expected, out.error(), reason.code());
      assertEquals(MALFORMED_REQUEST.contains(reason) ? 400 : 401, out.httpStatus(), reason.code());
    }
  }

  @Test
  void unavailableWhenCreatedThenCarriesRetryHintButNotTheMessageInToString() {
    AuthResult.Unavailable unavailable = new AuthResult.Unavailable(Duration.ofSeconds(7), "down");

    assertEquals(Duration.ofSeconds(7), unavailable.retryAfter());
    assertEquals("down", unavailable.message());
    assertEquals("Unavailable[retryAfter=PT7S]", unavailable.toString());
    assertEquals("unavailable", unavailable.status().code());
    assertEquals(403, BearerError.INSUFFICIENT_SCOPE.httpStatus());
  }

  @Test
  void unavailableWhenRetryAfterNegativeThenRejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> new AuthResult.Unavailable(Duration.ofSeconds(-1), "down"));

    assertEquals("retryAfter must not be negative", thrown.getMessage());
  }
}
