package dev.tollgate.test.spring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.spring.testing.ReactiveScenarioTest;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The kit's WebTestClient configurers against the starter's real reactive chain (the shared WebFlux application,
 * over HTTP): the token is verified, so a bad one is refused, which a mutator setting an {@code Authentication}
 * could never show.
 */
class TollgateWebTestClientTest extends ReactiveScenarioTest {

  /** The scenario app verifies at {@link TestTokens#NOW}. */
  private static final TokenSpec USER = TokenSpec.session(TestKeys.PRIMARY_KEY, TestTokens.ISSUER,
      Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).userId("user_webtestclient");

  private WebTestClient client;

  @BeforeEach
  void clientOfTheRunningApplication() {
    client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  @Test
  void bearerWhenValidSpecThenSignedInAsItsUser() {
    client.mutateWith(TollgateWebTestClient.bearer(USER)).get().uri("/me").exchange()
        .expectStatus().isOk()
        .expectBody(String.class).isEqualTo("user_webtestclient " + TokenSpec.DEFAULT_SESSION_ID);
  }

  @Test
  void bearerWhenTokenForgedOrExpiredThenTheRealChainRefusesIt() {
    client.mutateWith(TollgateWebTestClient.bearer(USER.tamperedSignature())).get().uri("/me").exchange()
        .expectStatus().isUnauthorized()
        .expectBody(String.class)
        .consumeWith(result -> assertReason("token-invalid-signature", result.getResponseBody()));
    client.mutateWith(TollgateWebTestClient.bearer(USER.expired().sign())).get().uri("/me").exchange()
        .expectStatus().isUnauthorized()
        .expectBody(String.class)
        .consumeWith(result -> assertReason("token-expired", result.getResponseBody()));
  }

  @Test
  void sessionCookieWhenValidThenSignedInAndOtherCookiesKept() {
    client.mutateWith(TollgateWebTestClient.sessionCookie(USER)).get().uri("/me").cookie("theme", "dark")
        .exchange()
        .expectStatus().isOk()
        .expectBody(String.class).isEqualTo("user_webtestclient " + TokenSpec.DEFAULT_SESSION_ID);
  }

  @Test
  void sessionCookieWhenSignedTokenGivenThenSignedIn() {
    client.mutateWith(TollgateWebTestClient.sessionCookie(USER.sign())).get().uri("/me").exchange()
        .expectStatus().isOk();
  }

  private static void assertReason(String reason, @Nullable String body) {
    assertTrue(body != null && body.contains("\"reason\":\"" + reason + "\""), body);
  }
}
