package dev.tollgate.web;

import static dev.tollgate.web.WebTestSupport.request;
import static dev.tollgate.web.WebTestSupport.validToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestTokens;
import org.junit.jupiter.api.Test;

class RequestAuthenticatorBuilderTest {

  private final SessionVerifier verifier = WebTestSupport.verifier();

  @Test
  void publishableKeyWhenSetTwiceThenIllegalState() {
    RequestAuthenticatorBuilder builder = RequestAuthenticator.builder(verifier)
        .publishableKey(WebTestSupport.PUBLISHABLE_KEY);

    assertThrows(IllegalStateException.class, () -> builder.publishableKey(WebTestSupport.PUBLISHABLE_KEY));
  }

  @Test
  void publishableKeyWhenNotAPublishableKeyThenRejectedWithoutEchoingIt() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> RequestAuthenticator.builder(verifier).publishableKey("sk_test_secretvalue"));

    assertFalse(error.getMessage().contains("secretvalue"));
  }

  @Test
  void builderWhenNoVerifierThenNullPointer() {
    assertThrows(NullPointerException.class, () -> RequestAuthenticator.builder(null));
  }

  @Test
  void buildWhenDefaultsThenPendingRefusedAndPlainCookieRead() {
    RequestAuthenticator authenticator = RequestAuthenticator.builder(verifier).build();
    String pending = TestTokens.token().claim("sts", "pending").build();

    assertEquals(RejectionReason.SESSION_PENDING, ((AuthResult.SignedOut) authenticator.authenticate(
        request("Authorization", "Bearer " + pending))).reason());
    assertEquals(AuthStatus.SIGNED_IN, authenticator.authenticate(request("Cookie", "__session=" + validToken()))
        .status());
  }
}
