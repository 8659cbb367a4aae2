package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.RejectionReason;
import dev.tollgate.Reverification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponseTest {

  @Test
  void refusingWhenNoTokenThenBare401Challenge() {
    ErrorResponse response = ErrorResponse.refusing(new AuthResult.SignedOut(
        RejectionReason.SESSION_TOKEN_MISSING, "No session token was sent."), "api");

    assertEquals(401, response.status());
    assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"api\""), response.headers());
    assertEquals(ErrorResponse.PROBLEM_JSON, response.contentType());
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"No session token was sent.\",\"reason\":\"session-token-missing\"}", response.body());
  }

  @Test
  void refusingWhenInvalidTokenThen401WithErrorAndDescription() {
    ErrorResponse response = ErrorResponse.refusing(
        new AuthResult.SignedOut(RejectionReason.TOKEN_EXPIRED, "JWT is \"expired\"."), "api");

    assertEquals(401, response.status());
    assertEquals("Bearer realm=\"api\", error=\"invalid_token\", error_description=\"JWT is 'expired'.\"",
        response.headers().get("WWW-Authenticate"));
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"JWT is 'expired'.\",\"error\":\"invalid_token\",\"reason\":\"token-expired\"}",
        response.body());
  }

  @Test
  void refusingWhenInvalidRequestThen400() {
    ErrorResponse response = ErrorResponse.refusing(new AuthResult.SignedOut(
        RejectionReason.AUTHORIZATION_HEADER_DUPLICATED, "Two."), "api");

    assertEquals(400, response.status());
    assertEquals("Bearer realm=\"api\", error=\"invalid_request\", error_description=\"Two.\"",
        response.headers().get("WWW-Authenticate"));
  }

  @Test
  void refusingWhenUnavailableThen503WithRetryAfterAndNoInfrastructureDetail() {
    ErrorResponse response = ErrorResponse.refusing(
        new AuthResult.Unavailable(Duration.ofMillis(1500), "JWKS endpoint answered HTTP 500"), "api");

    assertEquals(503, response.status());
    assertEquals(Map.of("Retry-After", "2"), response.headers());
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"The session"
        + " token could not be checked because the signing keys are unavailable. Retry later.\","
        + "\"reason\":\"keys-unavailable\"}", response.body());
  }

  @Test
  void refusingWhenSignedInThenRejected() {
    AuthResult signedIn = RequestAuthenticator.of(WebTestSupport.verifier())
        .authenticate(WebTestSupport.request("Authorization", "Bearer " + WebTestSupport.validToken()));

    assertThrows(IllegalArgumentException.class, () -> ErrorResponse.refusing(signedIn, "api"));
  }

  @Test
  void insufficientScopeWhenCalledThen403WithInsufficientScope() {
    ErrorResponse response = ErrorResponse.insufficientScope("api", "The organization role org:admin is required.");

    assertEquals(403, response.status());
    assertEquals("Bearer realm=\"api\", error=\"insufficient_scope\","
        + " error_description=\"The organization role org:admin is required.\"",
        response.headers().get("WWW-Authenticate"));
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"The organization role"
        + " org:admin is required.\",\"error\":\"insufficient_scope\",\"reason\":\"insufficient-scope\"}",
        response.body());
  }

  @Test
  void reverificationRequiredWhenStrictThenClerksExactBody() {
    ErrorResponse response = ErrorResponse.reverificationRequired(Reverification.STRICT);

    assertEquals(403, response.status());
    assertEquals(Map.of(), response.headers());
    assertEquals(ErrorResponse.JSON, response.contentType());
    assertEquals("{\"clerk_error\":{\"type\":\"forbidden\",\"reason\":\"reverification-error\",\"metadata\":"
        + "{\"reverification\":{\"level\":\"second_factor\",\"afterMinutes\":10}}}}", response.body());
  }

  @Test
  void reverificationRequiredWhenCustomThenLevelAndMinutesFromIt() {
    ErrorResponse response = ErrorResponse.reverificationRequired(
        Reverification.of(Reverification.Level.MULTI_FACTOR, 30));

    assertEquals("{\"clerk_error\":{\"type\":\"forbidden\",\"reason\":\"reverification-error\",\"metadata\":"
        + "{\"reverification\":{\"level\":\"multi_factor\",\"afterMinutes\":30}}}}", response.body());
  }

  @Test
  void retryAfterSecondsWhenFractionOrZeroThenRoundedUpAtLeastOne() {
    assertEquals(1, ErrorResponse.retryAfterSeconds(Duration.ZERO));
    assertEquals(1, ErrorResponse.retryAfterSeconds(Duration.ofMillis(1)));
    assertEquals(30, ErrorResponse.retryAfterSeconds(Duration.ofSeconds(30)));
    assertEquals(31, ErrorResponse.retryAfterSeconds(Duration.ofMillis(30_001)));
  }

  @Test
  void refusingWhenRealmInvalidThenRejected() {
    AuthResult out = new AuthResult.SignedOut(RejectionReason.SESSION_TOKEN_MISSING, "none");

    assertThrows(IllegalArgumentException.class, () -> ErrorResponse.refusing(out, "bad\"realm"));
  }
}
