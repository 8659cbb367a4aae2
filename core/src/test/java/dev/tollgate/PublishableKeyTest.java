package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishableKeyTest {

  @Test
  void parseWhenClerkFixtureKeysThenHostIssuerJwksUrlAndCookieSuffixAsInClerksTests() {
    PublishableKey test = PublishableKey.parse(Fixtures.token("js-backend/pkTest.txt"));
    PublishableKey live = PublishableKey.parse(Fixtures.token("js-backend/pkLive.txt"));

    assertEquals("clerk.inspired.puma-74.lcl.dev", test.frontendApiHost());
    assertEquals("https://clerk.inspired.puma-74.lcl.dev", test.issuer());
    assertEquals(URI.create("https://clerk.inspired.puma-74.lcl.dev/.well-known/jwks.json"), test.jwksUrl());
    assertFalse(test.isLive());
    assertTrue(live.isLive());
    assertEquals("vWCgMp3A", test.cookieSuffix());
    assertEquals("MqCvchyS", live.cookieSuffix());
  }

  @Test
  void parseWhenBase64IsPaddedOrNotThenSameHost() {
    String padded = "pk_test_" + Base64.getEncoder()
        .encodeToString("clerk.example.com$".getBytes(StandardCharsets.UTF_8));
    assertEquals("clerk.example.com", PublishableKey.parse(padded).frontendApiHost());
    assertEquals("clerk.example.com", PublishableKey.parse(padded.replace("=", "")).frontendApiHost());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sk_test_Y2xlcmsuZXhhbXBsZS5jb20k", "pk_test_!!!", "pk_test_Y2xlcmsuZXhhbXBsZS5jb20",
      "pk_live_ZXZpbC5jb20vcGF0aCQ", "pk_test_JA"})
  void parseWhenNotAPublishableKeyThenIllegalArgument(String key) {
    assertThrows(IllegalArgumentException.class, () -> PublishableKey.parse(key));
  }
}
