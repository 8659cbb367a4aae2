package dev.tollgate.web.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests crafted to get a token accepted from the wrong place, or to leak it back. */
class RequestAuthenticationAttacksTest {

  private final SessionVerifier verifier = SessionVerifier.builder()
      .jwtKey(TestKeys.primaryPem())
      .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC))
      .build();
  private final RequestAuthenticator authenticator = RequestAuthenticator.of(verifier);

  private AuthResult.SignedOut signedOut(Map<String, List<String>> headers) {
    return assertInstanceOf(AuthResult.SignedOut.class, authenticator.authenticate(RequestCredentials.of(headers)));
  }

  @Test
  void authenticateWhenValidTokenOnlyInLookalikeCookiesThenSignedOut() {
    String token = TestTokens.token().build();
    String cookies = "__session_attacker=" + token + "; __sessionid=" + token + "; session=" + token;

    assertEquals("session-token-missing", signedOut(Map.of("Cookie", List.of(cookies))).reason().code());
  }

  @Test
  void authenticateWhenBasicHeaderHidesValidCookieThenInvalidRequestNotCookieFallback() {
    String token = TestTokens.token().build();

    AuthResult.SignedOut out = signedOut(Map.of("Authorization", List.of("Basic YWxpY2U6c2VjcmV0"),
        "Cookie", List.of("__session=" + token)));

    assertEquals("authorization-header-malformed", out.reason().code());
  }

  @Test
  void authenticateWhenTokenSignedByForeignKeyThenRejectedAndResponseNeverEchoesIt() {
    String forged = TestTokens.token().signedWith(TestKeys.SECONDARY).build();

    AuthResult.SignedOut out = signedOut(Map.of("Authorization", List.of("Bearer " + forged)));
    ErrorResponse response = ErrorResponse.refusing(out, "api");

    assertEquals("token-invalid-signature", out.reason().code());
    String signature = forged.substring(forged.lastIndexOf('.') + 1);
    String payload = forged.substring(forged.indexOf('.') + 1, forged.lastIndexOf('.'));
    for (String text : List.of(response.body(), response.headers().toString(), out.message())) {
      assertFalse(text.contains(signature));
      assertFalse(text.contains(payload));
    }
  }

  @Test
  void authenticateWhenAlgNoneTokenInCookieThenRejected() {
    String header = TestTokens.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload = TestTokens.base64Url("{\"sub\":\"user_evil\",\"sid\":\"sess_evil\",\"exp\":1700000060}");

    AuthResult.SignedOut out = signedOut(Map.of("Cookie", List.of("__session=" + header + "." + payload + ".")));

    assertEquals("token-invalid-algorithm", out.reason().code());
  }

  @Test
  void authenticateWhenMachineSubjectJwtThenTokenTypeMismatch() {
    String machine = TestTokens.token().claim("sub", "mch_2machine").build();

    assertEquals("token-type-mismatch",
        signedOut(Map.of("Authorization", List.of("Bearer " + machine))).reason().code());
  }

  @Test
  void authenticateWhenHugeCredentialThenRejectedAsTooLarge() {
    String huge = "a".repeat(SessionVerifier.DEFAULT_MAX_TOKEN_LENGTH + 1);

    assertEquals("token-too-large", signedOut(Map.of("Authorization", List.of("Bearer " + huge))).reason().code());
  }
}
