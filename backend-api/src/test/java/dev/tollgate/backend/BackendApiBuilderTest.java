package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackendApiBuilderTest {

  private static final String SECRET = TestBackend.SECRET_KEY;

  @Test
  void defaultsWhenReadThenDocumentedValues() {
    assertEquals(URI.create("https://api.clerk.com"), BackendApi.DEFAULT_API_URL);
    assertEquals(Duration.ofSeconds(2), BackendApi.DEFAULT_CONNECT_TIMEOUT);
    assertEquals(Duration.ofSeconds(5), BackendApi.DEFAULT_REQUEST_TIMEOUT);
    assertEquals(3, BackendApi.DEFAULT_MAX_ATTEMPTS);
    assertEquals(Duration.ofSeconds(5), BackendApi.DEFAULT_MAX_RETRY_WAIT);
    assertEquals(10_000, BackendApi.DEFAULT_TOKEN_CACHE_SIZE);
  }

  @Test
  void buildWhenOnlySecretKeyThenClientForClerksApiUrl() {
    BackendApi api = BackendApi.builder().secretKey(SECRET).build();

    assertNotNull(api.sessions());
    assertEquals("BackendApi[apiUrl=https://api.clerk.com]", api.toString());
  }

  @Test
  void buildWhenSecretKeyMissingThenIllegalState() {
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> BackendApi.builder().build());

    assertTrue(missing.getMessage().contains("CLERK_SECRET_KEY"));
  }

  @Test
  void secretKeyWhenPaddedThenStripped() {
    assertEquals("BackendApi[apiUrl=https://api.clerk.com]",
        BackendApi.builder().secretKey("  " + SECRET + "\n").build().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "sk_test_with space", "sk_test_é", "sk_test_\u0000",
      "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k"})
  void secretKeyWhenUnusableThenRejectedWithoutEchoingIt(String key) {
    IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
        () -> BackendApi.builder().secretKey(key));

    assertFalse(!key.isBlank() && rejected.getMessage().contains(key));
  }

  @Test
  void optionsWhenSetTwiceThenIllegalState() {
    assertTwice(b -> b.secretKey(SECRET));
    assertTwice(b -> b.apiUrl(URI.create("https://api.clerk.com")));
    assertTwice(b -> b.httpClient(HttpClient.newHttpClient()));
    assertTwice(b -> b.connectTimeout(Duration.ofSeconds(1)));
    assertTwice(b -> b.requestTimeout(Duration.ofSeconds(1)));
    assertTwice(b -> b.clock(Clock.systemUTC()));
    assertTwice(b -> b.maxAttempts(2));
    assertTwice(b -> b.maxRetryWait(Duration.ofSeconds(1)));
    assertTwice(b -> b.tokenCacheSize(10));
    assertTwice(b -> b.sleeper(Sleeper.THREAD));
    assertTwice(b -> b.jitter(ceiling -> ceiling));
    assertTwice(b -> b.onTokenShared(() -> { }));
  }

  private static void assertTwice(Consumer<BackendApiBuilder> option) {
    BackendApiBuilder builder = BackendApi.builder();
    option.accept(builder);
    assertThrows(IllegalStateException.class, () -> option.accept(builder));
  }

  @Test
  void buildWhenHttpClientAndConnectTimeoutThenIllegalState() {
    BackendApiBuilder builder = BackendApi.builder().secretKey(SECRET).httpClient(HttpClient.newHttpClient())
        .connectTimeout(Duration.ofSeconds(1));

    assertThrows(IllegalStateException.class, builder::build);
  }

  @ParameterizedTest
  @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
  void buildWhenHttpClientFollowsRedirectsThenIllegalStateNamingIt(HttpClient.Redirect redirects) {
    BackendApiBuilder builder = BackendApi.builder().secretKey(SECRET)
        .httpClient(HttpClient.newBuilder().followRedirects(redirects).build());

    IllegalStateException error = assertThrows(IllegalStateException.class, builder::build);

    assertEquals("httpClient must not follow redirects (build it with followRedirects(HttpClient.Redirect.NEVER)):"
        + " the JDK resends the Authorization header, with the secret key, to the redirect's target",
        error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.clerk.com", "https://api.clerk.com/", "https://proxy.example.com/clerk",
      "http://localhost:8080", "http://127.0.0.1:9", "http://[::1]:9"})
  void apiUrlWhenHttpsOrLoopbackThenAccepted(String url) {
    assertNotNull(BackendApi.builder().secretKey(SECRET).apiUrl(URI.create(url)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.clerk.com", "http://10.0.0.1", "ftp://api.clerk.com", "/v1",
      "https://user:pass@api.clerk.com", "https://api.clerk.com?x=1", "https://api.clerk.com#f",
      "http://localhost.example.com"})
  void apiUrlWhenNotHttpsNorLoopbackOrCarriesExtrasThenRejected(String url) {
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().apiUrl(URI.create(url)));
  }

  @Test
  void timeoutsWhenOutOfRangeThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().connectTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().requestTimeout(Duration.ofNanos(999_999)));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().requestTimeout(Duration.ofSeconds(61)));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().connectTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  void retryAndCacheOptionsWhenOutOfRangeThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().maxAttempts(11));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().maxRetryWait(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().maxRetryWait(Duration.ofSeconds(61)));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().tokenCacheSize(0));
    assertThrows(IllegalArgumentException.class, () -> BackendApi.builder().tokenCacheSize(10_000_001));
  }

  @Test
  void nullArgumentsWhenPassedThenNullPointerException() {
    assertThrows(NullPointerException.class, () -> BackendApi.builder().secretKey(null));
    assertThrows(NullPointerException.class, () -> BackendApi.builder().apiUrl(null));
    assertThrows(NullPointerException.class, () -> BackendApi.builder().httpClient(null));
    assertThrows(NullPointerException.class, () -> BackendApi.builder().clock(null));
  }
}
