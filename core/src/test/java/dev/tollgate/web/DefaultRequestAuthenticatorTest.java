package dev.tollgate.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.tollgate.web.WebTestSupport.SUFFIXED_COOKIE;
import static dev.tollgate.web.WebTestSupport.expiredToken;
import static dev.tollgate.web.WebTestSupport.instanceTokenFor;
import static dev.tollgate.web.WebTestSupport.request;
import static dev.tollgate.web.WebTestSupport.tokenFor;
import static dev.tollgate.web.WebTestSupport.validToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.Headers;
import dev.tollgate.PublishableKey;
import dev.tollgate.RejectionReason;
import dev.tollgate.SessionStatus;
import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request-authentication rules, with a real verifier and real RSA keys, without any container. */
class DefaultRequestAuthenticatorTest {

  private final SessionVerifier verifier = WebTestSupport.verifier();
  private final RequestAuthenticator plain = RequestAuthenticator.of(verifier);
  private final RequestAuthenticator withKey =
      RequestAuthenticator.of(WebTestSupport.verifierWithPublishableKey());

  private static AuthResult.SignedOut signedOut(AuthResult result) {
    return assertInstanceOf(AuthResult.SignedOut.class, result);
  }

  private static String userOf(AuthResult result) {
    return assertInstanceOf(AuthResult.SignedIn.class, result).session().userId();
  }

  @Test
  void sessionCookieWhenPublishableKeyThenClerksInstanceCookieName() {
    PublishableKey clerksTestKey = PublishableKey.parse(WebTestSupport.PUBLISHABLE_KEY);

    assertEquals(SUFFIXED_COOKIE, RequestAuthenticator.sessionCookie(clerksTestKey), "the instance cookie name");
  }

  @Test
  void ofWhenNoVerifierThenNullPointer() {
    assertThrows(NullPointerException.class, () -> RequestAuthenticator.of(null));
  }

  @Test
  void ofWhenVerifierDefaultsThenPendingRefusedAndPlainCookieRead() {
    String pending = TestTokens.token().claim("sts", "pending").build();

    assertEquals(RejectionReason.SESSION_PENDING,
        signedOut(plain.authenticate(request("Authorization", "Bearer " + pending))).reason());
    assertEquals(AuthStatus.SIGNED_IN, plain.authenticate(request("Cookie", "__session=" + validToken())).status());
  }

  @Test
  void authenticateWhenBearerHeaderThenSignedIn() {
    AuthResult result = plain.authenticate(request("Authorization", "Bearer " + validToken()));

    assertEquals(AuthStatus.SIGNED_IN, result.status());
    assertEquals(TestTokens.USER_ID, userOf(result));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bearer ", "BEARER ", "bEaReR ", "Bearer    ", " Bearer ", "\tBearer "})
  void authenticateWhenSchemeCaseOrSpacingVariesThenSignedIn(String prefix) {
    assertEquals(TestTokens.USER_ID, userOf(plain.authenticate(request("authorization", prefix + validToken()))));
  }

  @Test
  void authenticateWhenSessionCookieThenSignedIn() {
    AuthResult result = plain.authenticate(request("Cookie", "theme=dark; __session=" + validToken() + "; x=1"));

    assertEquals(TestTokens.USER_ID, userOf(result));
  }

  @Test
  void authenticateWhenSuffixedCookieAndPublishableKeyThenSignedIn() {
    AuthResult result = withKey.authenticate(request("Cookie", SUFFIXED_COOKIE + "=" + instanceTokenFor("user_k")));

    assertEquals("user_k", userOf(result));
  }

  @Test
  void authenticateWhenSuffixedCookieWithoutPublishableKeyThenSessionTokenMissing() {
    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Cookie", SUFFIXED_COOKIE + "=" + validToken())));

    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, out.reason());
  }

  @Test
  void authenticateWhenBothCookiesThenSuffixedOneIsUsed() {
    String cookies = "__session=" + instanceTokenFor("user_plain") + "; " + SUFFIXED_COOKIE + "="
        + instanceTokenFor("user_suffixed");

    assertEquals("user_suffixed", userOf(withKey.authenticate(request("Cookie", cookies))));
    assertEquals("user_plain", userOf(plain.authenticate(request("Cookie", cookies))));
  }

  @Test
  void authenticateWhenSuffixedCookieIsEmptyThenPlainCookieIsUsed() {
    String cookies = SUFFIXED_COOKIE + "=; __session=" + instanceTokenFor("user_plain");

    assertEquals("user_plain", userOf(withKey.authenticate(request("Cookie", cookies))));
  }

  @Test
  void authenticateWhenHeaderAndCookieThenHeaderWins() {
    AuthResult result = plain.authenticate(request(
        "Authorization", "Bearer " + tokenFor("user_header"), "Cookie", "__session=" + tokenFor("user_cookie")));

    assertEquals("user_header", userOf(result));
  }

  @Test
  void authenticateWhenHeaderTokenExpiredAndCookieValidThenSignedOutExpired() {
    AuthResult.SignedOut out = signedOut(plain.authenticate(request(
        "Authorization", "Bearer " + expiredToken(), "Cookie", "__session=" + validToken())));

    assertEquals("token-expired", out.reason().code());
  }

  @Test
  void authenticateWhenTwoAuthorizationHeadersThenInvalidRequest() {
    String token = validToken();
    AuthResult.SignedOut out = signedOut(plain.authenticate(request(
        "Authorization", "Bearer " + token, "authorization", "Bearer " + token, "Cookie", "__session=" + token)));

    assertEquals(RejectionReason.AUTHORIZATION_HEADER_DUPLICATED, out.reason());
    assertEquals(BearerError.INVALID_REQUEST, out.error().orElseThrow());
    assertEquals(400, out.httpStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc", "Bearer a b",
      "Bearer abc,def", "Bearer ab=c", "Bearer \"abc\"", "Bearer\tabc", "BearerX abc", "Bearer abc;"})
  void authenticateWhenAuthorizationMalformedThenInvalidRequestWithoutCookieFallback(String header) {
    AuthResult.SignedOut out = signedOut(plain.authenticate(request(
        "Authorization", header, "Cookie", "__session=" + validToken())));

    assertEquals(RejectionReason.AUTHORIZATION_HEADER_MALFORMED, out.reason());
    assertEquals(BearerError.INVALID_REQUEST, out.error().orElseThrow());
    assertEquals(400, out.httpStatus());
  }

  @Test
  void authenticateWhenBareJwtWithoutSchemeThenInvalidRequest() {
    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Authorization", validToken())));

    assertEquals(RejectionReason.AUTHORIZATION_HEADER_MALFORMED, out.reason());
  }

  @Test
  void authenticateWhenNoTokenThenSignedOutWithoutBearerError() {
    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Cookie", "theme=dark", "Accept", "*/*")));

    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, out.reason());
    assertTrue(out.error().isEmpty());
    assertEquals(401, out.httpStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mt_1234567890abcdef", "oat_1234567890abcdef", "ak_1234567890abcdef"})
  void authenticateWhenOpaqueMachineTokenThenTokenTypeMismatch(String token) {
    AuthResult.SignedOut inHeader = signedOut(plain.authenticate(request("Authorization", "Bearer " + token)));
    AuthResult.SignedOut inCookie = signedOut(plain.authenticate(request("Cookie", "__session=" + token)));

    // the verifier would have answered token-invalid (not three segments): the prefix check came first
    assertEquals("token-type-mismatch", inHeader.reason().code());
    assertEquals("token-type-mismatch", inCookie.reason().code());
    assertEquals(BearerError.INVALID_TOKEN, inHeader.error().orElseThrow());
  }

  @Test
  void authenticateWhenJwtTemplateTokenThenTokenTypeMismatch() {
    String template = TestTokens.token().header("cat", "cl_B7d4PD222AAA").build();

    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Authorization", "Bearer " + template)));

    assertEquals("token-type-mismatch", out.reason().code());
    assertEquals(401, out.httpStatus());
  }

  @Test
  void authenticateWhenTokenExpiredThenInvalidTokenWithoutTheToken() {
    String token = expiredToken();

    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Authorization", "Bearer " + token)));

    assertEquals("token-expired", out.reason().code());
    assertEquals(BearerError.INVALID_TOKEN, out.error().orElseThrow());
    assertFalse(out.message().contains(token.substring(token.lastIndexOf('.') + 1)));
    assertFalse(out.toString().contains(token));
  }

  @Test
  void authenticateWhenSessionPendingThenSignedOutPending() {
    String pending = TestTokens.token().claim("sts", "pending").build();

    AuthResult.SignedOut out = signedOut(plain.authenticate(request("Authorization", "Bearer " + pending)));

    assertEquals(RejectionReason.SESSION_PENDING, out.reason());
    assertTrue(out.message().contains("pending"));
    assertEquals(BearerError.INVALID_TOKEN, out.error().orElseThrow());
  }

  @Test
  void authenticateWhenSessionPendingAndVerifierAcceptsPendingThenSignedInOnBothPaths() {
    String pending = TestTokens.token().claim("sts", "pending").build();
    RequestAuthenticator accepting = RequestAuthenticator.of(SessionVerifier.builder()
        .jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC))
        .acceptPending(true)
        .build());

    AuthResult result = accepting.authenticate(request("Authorization", "Bearer " + pending));
    AuthResult async = accepting.authenticateAsync(request("Authorization", "Bearer " + pending))
        .toCompletableFuture().join();

    assertEquals(SessionStatus.PENDING, assertInstanceOf(AuthResult.SignedIn.class, result).session().status());
    assertEquals(SessionStatus.PENDING, assertInstanceOf(AuthResult.SignedIn.class, async).session().status());
  }

  @Test
  void authenticateWhenKeysUnavailableThenUnavailableWithRetryHint() {
    WireMockServer jwks = new WireMockServer(options().dynamicPort());
    jwks.start();
    try (SessionVerifier remote = SessionVerifier.builder()
        .jwksUrl(URI.create("http://localhost:" + jwks.port() + "/jwks"))
        .keyFetchTimeout(Duration.ofSeconds(2))
        .build()) {
      jwks.stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(503)));
      RequestAuthenticator authenticator = RequestAuthenticator.of(remote);

      AuthResult result = authenticator.authenticate(request("Authorization", "Bearer " + validToken()));
      AuthResult async = authenticator.authenticateAsync(request("Authorization", "Bearer " + validToken()))
          .toCompletableFuture().get(10, TimeUnit.SECONDS);

      AuthResult.Unavailable unavailable = assertInstanceOf(AuthResult.Unavailable.class, result);
      assertFalse(unavailable.retryAfter().isNegative());
      assertEquals(AuthStatus.UNAVAILABLE, async.status());
    } catch (Exception unexpected) {
      throw new AssertionError(unexpected);
    } finally {
      jwks.stop();
    }
  }

  @Test
  void authenticateAsyncWhenWarmThenSameDecisionsAlreadyComplete() {
    var signedIn = plain.authenticateAsync(request("Authorization", "Bearer " + validToken())).toCompletableFuture();
    var expired = plain.authenticateAsync(request("Cookie", "__session=" + expiredToken())).toCompletableFuture();
    var missing = plain.authenticateAsync(request()).toCompletableFuture();
    var machine = plain.authenticateAsync(request("Authorization", "Bearer mt_abc")).toCompletableFuture();

    assertTrue(signedIn.isDone() && expired.isDone() && missing.isDone() && machine.isDone());
    assertEquals(TestTokens.USER_ID, userOf(signedIn.join()));
    assertEquals("token-expired", signedOut(expired.join()).reason().code());
    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, signedOut(missing.join()).reason());
    assertEquals("token-type-mismatch", signedOut(machine.join()).reason().code());
  }

  @Test
  void authenticateWhenJdkHttpServerHeadersAnswerNullForAbsentFieldsThenTypedAnswers() {
    Headers cookieOnly = new Headers();
    cookieOnly.add("Cookie", "__session=" + validToken());
    Headers bearerOnly = new Headers();
    bearerOnly.add("Authorization", "Bearer " + validToken());
    Headers none = new Headers();

    assertEquals(TestTokens.USER_ID, userOf(plain.authenticate(cookieOnly::get)), "Authorization absent (null)");
    assertEquals(TestTokens.USER_ID, userOf(plain.authenticate(bearerOnly::get)), "Cookie never read");
    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, signedOut(plain.authenticate(none::get)).reason());
    assertEquals(RejectionReason.SESSION_TOKEN_MISSING,
        signedOut(plain.authenticate(name -> null)).reason(), "a function answering null for every name");
  }

  @Test
  void authenticateAsyncWhenHeaderFunctionAnswersNullThenCompletesWithTypedAnswer() {
    Headers cookieOnly = new Headers();
    cookieOnly.add("Cookie", "__session=" + validToken());
    Headers none = new Headers();

    CompletableFuture<AuthResult> cookie = plain.authenticateAsync(cookieOnly::get).toCompletableFuture();
    CompletableFuture<AuthResult> missing = plain.authenticateAsync(none::get).toCompletableFuture();
    CompletableFuture<AuthResult> allNull = withKey.authenticateAsync(name -> null).toCompletableFuture();

    assertEquals(TestTokens.USER_ID, userOf(cookie.join()));
    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, signedOut(missing.join()).reason());
    assertEquals(RejectionReason.SESSION_TOKEN_MISSING, signedOut(allNull.join()).reason());
  }

  @Test
  void authenticateAsyncWhenHeaderFunctionThrowsThenFutureFailsWithItAndNothingIsThrown() {
    IllegalStateException broken = new IllegalStateException("request already recycled");
    RequestCredentials throwing = name -> {
      throw broken;
    };

    CompletableFuture<AuthResult> result = plain.authenticateAsync(throwing).toCompletableFuture();

    assertTrue(result.isCompletedExceptionally(), "the adapter's failure completes the future");
    assertSame(broken, result.handle((answer, error) -> error).join(), "the adapter's own exception, unwrapped");
    assertSame(broken, assertThrows(IllegalStateException.class, () -> plain.authenticate(throwing)),
        "the synchronous call lets the adapter's own exception through");
  }
}
