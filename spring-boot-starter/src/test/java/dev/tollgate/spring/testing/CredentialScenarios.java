package dev.tollgate.spring.testing;

import static dev.tollgate.spring.testing.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.PublishableKey;
import dev.tollgate.testing.TestTokens;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which requests carry a credential: the Bearer header, Clerk's {@code __session} cookie and its suffixed form. The
 * servlet and the reactive converters answer alike, so their tests are these, each against its application.
 */
public interface CredentialScenarios {

  /** @return a client of the application under test, which runs with {@link TestTokens#PUBLISHABLE_KEY} */
  Http http();

  private static String suffixed() {
    return "__session_" + PublishableKey.parse(TestTokens.PUBLISHABLE_KEY).cookieSuffix();
  }

  @Test
  default void convertWhenSessionCookieThenSignedIn() {
    String token = TestTokens.token().build();

    HttpResponse<String> plain = http().get("/me", "Cookie", "theme=dark; __session=" + token);
    HttpResponse<String> suffixed = http().get("/me", "Cookie", suffixed() + "=" + token);

    assertEquals(List.of(200, 200), List.of(plain.statusCode(), suffixed.statusCode()),
        "statuses with __session and with " + suffixed());
  }

  @Test
  default void convertWhenSuffixedAndPlainCookieThenSuffixedWins() {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(3600)).build();

    HttpResponse<String> response = http().get("/me", "Cookie",
        "__session=" + expired + "; " + suffixed() + "=" + TestTokens.token().build());

    assertEquals(200, response.statusCode(), response::body);
  }

  @Test
  default void convertWhenHeaderAndCookieThenHeaderDecides() {
    HttpResponse<String> response = http().get("/me", "Authorization", "Basic x", "Cookie",
        "__session=" + TestTokens.token().build());

    assertEquals(400, response.statusCode(), "a malformed header never falls back to the cookie");
  }

  @Test
  default void convertWhenOnlyOtherCookiesThenAnonymousWithoutError() {
    HttpResponse<String> response = http().get("/me", "Cookie", "theme=dark; __session_other=x");

    assertEquals(401, response.statusCode(), "status");
    assertEquals("Bearer realm=\"tollgate\"", response.headers().firstValue("WWW-Authenticate").orElse(""),
        "challenge without error: no token was sent");
  }

  @Test
  default void convertWhenBearerHeaderThenSignedIn() {
    HttpResponse<String> response = http().get("/me", "Authorization", bearer(TestTokens.token().build()));

    assertEquals(200, response.statusCode(), response::body);
  }
}
