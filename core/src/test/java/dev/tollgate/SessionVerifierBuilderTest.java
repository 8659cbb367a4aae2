package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceState;
import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionVerifierBuilderTest {

  private static final String PEM = TestKeys.primaryPem();

  @Test
  void buildWhenNoKeySourceThenIllegalStateNamingTheOptions() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> SessionVerifier.builder().build());
    assertTrue(error.getMessage()
        .contains("jwksUrl(URI), secretKey(String), jwtKey(String) or publishableKey(String)"));
  }

  @Test
  void buildWhenTwoKeySourcesThenIllegalStateNamingBoth() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> SessionVerifier.builder().jwtKey(PEM).secretKey("sk_test_x").build());
    assertEquals("set exactly one key source, not secretKey and jwtKey (publishableKey may accompany any of them)",
        error.getMessage());
  }

  @Test
  void buildWhenPublishableKeyAccompaniesJwtKeyThenIssuerIsPinned() {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(PEM)
        .publishableKey(Fixtures.token("js-backend/pkTest.txt")).build();
    assertEquals(KeySourceState.HEALTHY, verifier.health().state());
  }

  @Test
  void publishableKeyWhenSetThenTheVerifierExposesIt() {
    String key = Fixtures.token("js-backend/pkTest.txt");
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(PEM).publishableKey(key).build();

    assertEquals(key, verifier.publishableKey().orElseThrow().toString());
    assertEquals("vWCgMp3A", verifier.publishableKey().orElseThrow().cookieSuffix());
  }

  @Test
  void publishableKeyWhenNotSetThenTheVerifierHasNone() {
    assertEquals(Optional.empty(), SessionVerifier.builder().jwtKey(PEM).build().publishableKey());
  }

  @Test
  void publishableKeyWhenSetTwiceThenIllegalState() {
    String key = Fixtures.token("js-backend/pkTest.txt");
    SessionVerifierBuilder builder = SessionVerifier.builder().publishableKey(key);

    assertThrows(IllegalStateException.class, () -> builder.publishableKey(key));
  }

  @Test
  void publishableKeyWhenNotAPublishableKeyThenRejectedWithoutEchoingIt() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SessionVerifier.builder().publishableKey("sk_test_secretvalue"));

    assertFalse(error.getMessage().contains("secretvalue"), error.getMessage());
  }

  @Test
  void buildWhenIssuerConflictsWithPublishableKeyThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> SessionVerifier.builder().jwtKey(PEM)
        .publishableKey(Fixtures.token("js-backend/pkTest.txt")).issuer("https://other.example.com").build());
  }

  @Test
  void buildWhenApiUrlWithoutSecretKeyThenIllegalState() {
    assertThrows(IllegalStateException.class,
        () -> SessionVerifier.builder().jwtKey(PEM).apiUrl(URI.create("https://api.clerk.com")).build());
  }

  @Test
  void optionWhenSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> SessionVerifier.builder().clockSkew(Duration.ZERO)
        .clockSkew(Duration.ZERO));
    assertThrows(IllegalStateException.class, () -> SessionVerifier.builder().jwtKey(PEM).jwtKey(PEM));
    assertThrows(IllegalStateException.class, () -> SessionVerifier.builder().authorizedParties("a")
        .authorizedParties("b"));
  }

  @Test
  void verificationListenerWhenSetTwiceThenIllegalStateNamingIt() {
    SessionVerifierBuilder builder = SessionVerifier.builder().verificationListener(outcome -> { });

    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> builder.verificationListener(outcome -> { }));
    assertTrue(twice.getMessage().contains("verificationListener"), twice.getMessage());
  }

  @Test
  void acceptPendingWhenSetTwiceThenIllegalStateNamingIt() {
    SessionVerifierBuilder builder = SessionVerifier.builder().acceptPending(true);

    assertEquals("acceptPending was already set",
        assertThrows(IllegalStateException.class, () -> builder.acceptPending(false)).getMessage());
  }

  @Test
  void clockSkewWhenNegativeOrOverSixtySecondsThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().clockSkew(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().clockSkew(Duration.ofSeconds(61)));
    SessionVerifier.builder().clockSkew(Duration.ofSeconds(60));
    SessionVerifier.builder().clockSkew(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://clerk.example.com/jwks", "ftp://127.0.0.1/jwks", "/relative", "https://user:pw@h/x",
      "https://h/x#frag", "http://10.0.0.1/jwks", "http://localhost.evil.com/jwks"})
  void jwksUrlWhenNotHttpsOrLoopbackHttpThenIllegalArgument(String url) {
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().jwksUrl(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://clerk.example.com/.well-known/jwks.json", "http://localhost:8080/jwks",
      "http://127.0.0.1:1/jwks", "http://[::1]:9/jwks"})
  void jwksUrlWhenHttpsOrLoopbackHttpThenAccepted(String url) {
    SessionVerifier.builder().jwksUrl(URI.create(url));
  }

  @Test
  void secretKeyWhenBlankOrPublishableThenIllegalArgumentWithoutEcho() {
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().secretKey("  "));
    IllegalArgumentException pk = assertThrows(IllegalArgumentException.class,
        () -> SessionVerifier.builder().secretKey("pk_test_abcdef"));
    assertFalse(pk.getMessage().contains("abcdef"));
    IllegalArgumentException spaced = assertThrows(IllegalArgumentException.class,
        () -> SessionVerifier.builder().secretKey("sk_test a"));
    assertFalse(spaced.getMessage().contains("sk_test"), spaced.getMessage());
  }

  @Test
  void numericOptionsWhenOutOfRangeThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().maxTokenLength(255));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().maxTokenLength(65537));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().verifiedTokenCacheSize(-1));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().staleKeysMaxAge(Duration.ofDays(8)));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().keyFetchTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().algorithms("RS256", "PS256"));
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().authorizedParties());
    assertThrows(IllegalArgumentException.class, () -> SessionVerifier.builder().audience("a", " "));
  }

  @ParameterizedTest
  @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
  void buildWhenHttpClientFollowsRedirectsThenIllegalStateNamingIt(HttpClient.Redirect redirects) {
    SessionVerifierBuilder builder = SessionVerifier.builder().secretKey("sk_test_x")
        .httpClient(HttpClient.newBuilder().followRedirects(redirects).build());

    IllegalStateException error = assertThrows(IllegalStateException.class, builder::build);

    assertEquals("httpClient must not follow redirects (build it with followRedirects(HttpClient.Redirect.NEVER)):"
        + " the JDK resends the Authorization header, with the secret key, to the redirect's target",
        error.getMessage());
  }

  @Test
  void buildWhenRemoteSourceThenNoFetchUntilFirstUse() {
    SessionVerifier verifier = SessionVerifier.builder().jwksUrl(URI.create("http://127.0.0.1:9/jwks")).build();

    assertEquals(KeySourceState.UNAVAILABLE, verifier.health().state());
    assertEquals(0, verifier.health().fetchCount());
    verifier.close();
  }
}
