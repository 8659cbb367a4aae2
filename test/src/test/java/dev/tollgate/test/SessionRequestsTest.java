package dev.tollgate.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(TestIssuerExtension.class)
class SessionRequestsTest {

  private static final URI APP = URI.create("http://127.0.0.1:8080/api/me");

  @Test
  void bearerWhenBuiltThenAuthorizationHeaderCarriesTheToken(TestIssuer issuer) {
    String token = issuer.token().sign();
    HttpRequest request = SessionRequests.bearer(APP, token).build();

    assertEquals(Optional.of("Bearer " + token), request.headers().firstValue("Authorization"), "Authorization");
    assertEquals(Optional.of(SessionRequests.DEFAULT_TIMEOUT), request.timeout(), "timeout");
  }

  @Test
  void sessionCookieWhenBuiltThenCookieHeaderCarriesTheToken(TestIssuer issuer) {
    String token = issuer.token().sign();
    HttpRequest request = SessionRequests.sessionCookie(APP, token).build();

    assertEquals(Optional.of("__session=" + token), request.headers().firstValue("Cookie"), "Cookie");
    assertEquals(Optional.empty(), request.headers().firstValue("Authorization"), "no Authorization");
  }

  @Test
  void getWhenSentToARealServerThenItAnswersTheRequest(TestIssuer issuer) throws Exception {
    int before = issuer.jwksServer().requests();

    HttpResponse<String> response = SessionRequests.get(issuer.jwksUrl(), issuer.token().sign());

    assertEquals(200, response.statusCode(), "status");
    assertEquals(before + 1, issuer.jwksServer().requests(), "requests the server answered");
  }

  @Test
  void getWhenNoTokenThenTheRequestCarriesNoCredentials(TestIssuer issuer) throws Exception {
    int before = issuer.jwksServer().requests();

    HttpResponse<String> response = SessionRequests.get(issuer.jwksUrl());

    assertEquals(200, response.statusCode(), "status");
    assertEquals(Optional.empty(), response.request().headers().firstValue("Authorization"), "Authorization");
    assertEquals(Optional.empty(), response.request().headers().firstValue("Cookie"), "Cookie");
    assertEquals(before + 1, issuer.jwksServer().requests(), "requests the server answered");
  }

  @Test
  void sendWhenSessionCookieRequestThenSentWithTheCookie(TestIssuer issuer) throws Exception {
    String token = issuer.token().sign();

    HttpResponse<String> response =
        SessionRequests.send(SessionRequests.sessionCookie(issuer.jwksUrl(), token).build());

    assertEquals(Optional.of("__session=" + token), response.request().headers().firstValue("Cookie"), "Cookie");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a;b", "a,b", "a\nb"})
  void bearerWhenTokenCouldBreakTheHeaderThenIllegalArgument(String token) {
    assertThrows(IllegalArgumentException.class, () -> SessionRequests.bearer(APP, token));
  }
}
