package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuilderChecksTest {

  @Test
  void requireUnsetWhenAlreadySetThenIllegalStateNamingTheOption() {
    BuilderChecks.requireUnset(null, "clock");
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> BuilderChecks.requireUnset(1, "clock"));
    assertEquals("clock was already set", error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.clerk.com", "http://localhost:8080", "http://127.0.0.1", "http://[::1]:1/x"})
  void requireHttpsOrLoopbackWhenAllowedThenReturned(String url) {
    assertEquals(URI.create(url), BuilderChecks.requireHttpsOrLoopback(URI.create(url), "apiUrl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.clerk.com", "http://10.1.1.1", "http://localhost.example.com", "ftp://localhost",
      "https://u:p@api.clerk.com", "https://api.clerk.com/?k=v", "https://api.clerk.com/#x", "api.clerk.com"})
  void requireHttpsOrLoopbackWhenNotAllowedThenIllegalArgumentNamingTheOption(String url) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> BuilderChecks.requireHttpsOrLoopback(URI.create(url), "jwksUrl"));
    assertTrue(error.getMessage().startsWith("jwksUrl must"), error.getMessage());
  }

  @Test
  void requireNoRedirectsWhenClientFollowsThemThenIllegalStateNamingHttpClient() {
    BuilderChecks.requireNoRedirects(null);
    BuilderChecks.requireNoRedirects(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    for (HttpClient.Redirect policy : List.of(HttpClient.Redirect.NORMAL, HttpClient.Redirect.ALWAYS)) {
      HttpClient following = HttpClient.newBuilder().followRedirects(policy).build();
      IllegalStateException error = assertThrows(IllegalStateException.class,
          () -> BuilderChecks.requireNoRedirects(following), policy.name());
      assertTrue(error.getMessage().startsWith("httpClient must not follow redirects"), error.getMessage());
    }
  }

  @Test
  void requireSecretKeyWhenValidThenStrippedAndWhenNotThenNeverEchoed() {
    assertEquals("sk_test_abc", BuilderChecks.requireSecretKey("  sk_test_abc\n"));
    IllegalArgumentException publishable = assertThrows(IllegalArgumentException.class,
        () -> BuilderChecks.requireSecretKey("pk_test_secretish"));
    IllegalArgumentException spaced = assertThrows(IllegalArgumentException.class,
        () -> BuilderChecks.requireSecretKey("sk_test_a b"));
    assertFalse(publishable.getMessage().contains("secretish"), publishable.getMessage());
    assertFalse(spaced.getMessage().contains("sk_test_a"), spaced.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BuilderChecks.requireSecretKey(""));
    assertThrows(IllegalArgumentException.class, () -> BuilderChecks.requireSecretKey("sk_test_\u00e9"));
  }
}
