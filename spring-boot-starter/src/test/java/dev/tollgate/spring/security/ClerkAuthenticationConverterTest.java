package dev.tollgate.spring.security;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.PublishableKey;
import dev.tollgate.spring.testing.ScenarioTest;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests carry a credential: the Bearer header, Clerk's {@code __session} cookie and its suffixed form. */
class ClerkAuthenticationConverterTest extends ScenarioTest {

  private static final String SUFFIXED = "__session_" + PublishableKey.parse(TestTokens.PUBLISHABLE_KEY).cookieSuffix();

  @Test
  void convertWhenSessionCookieThenSignedIn() {
    String token = TestTokens.token().build();

    HttpResponse<String> plain = http().get("/me", "Cookie", "theme=dark; __session=" + token);
    HttpResponse<String> suffixed = http().get("/me", "Cookie", SUFFIXED + "=" + token);

    assertEquals(List.of(200, 200), List.of(plain.statusCode(), suffixed.statusCode()),
        "statuses with __session and with " + SUFFIXED);
  }

  @Test
  void convertWhenSuffixedAndPlainCookieThenSuffixedWins() {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(3600)).build();

    HttpResponse<String> response = http().get("/me", "Cookie",
        "__session=" + expired + "; " + SUFFIXED + "=" + TestTokens.token().build());

    assertEquals(200, response.statusCode(), response::body);
  }

  @Test
  void convertWhenHeaderAndCookieThenHeaderDecides() {
    HttpResponse<String> response = http().get("/me", "Authorization", "Basic x", "Cookie",
        "__session=" + TestTokens.token().build());

    assertEquals(400, response.statusCode(), "a malformed header never falls back to the cookie");
  }

  @Test
  void convertWhenOnlyOtherCookiesThenAnonymousWithoutError() {
    HttpResponse<String> response = http().get("/me", "Cookie", "theme=dark; __session_other=x");

    assertEquals(401, response.statusCode(), "status");
    assertEquals("Bearer realm=\"tollgate\"", response.headers().firstValue("WWW-Authenticate").orElse(""),
        "challenge without error: no token was sent");
  }

  @Test
  void convertWhenBearerHeaderThenSignedIn() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response::body);
  }
}
