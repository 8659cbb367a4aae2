package dev.tollgate.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionStatus;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.AuthStatus;
import dev.tollgate.web.RequestCredentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Init-params and environment variables, read through the seams; no container and no real environment. */
class FilterSettingsTest {

  private final Map<String, String> init = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  private FilterOptions options;

  private FilterOptions read() {
    options = FilterSettings.read(init::get, init.keySet(), env::get, log::add);
    return options;
  }

  private IllegalArgumentException readFails() {
    return assertThrows(IllegalArgumentException.class, this::read);
  }

  private static AuthResult authenticate(FilterOptions options, String token) {
    return options.authenticator.authenticate(RequestCredentials.of(
        Map.of("Authorization", List.of("Bearer " + token))));
  }

  private static String freshToken() {
    return TestTokens.token().issuedAt(Instant.now()).build();
  }

  @AfterEach
  void closeVerifier() {
    if (options != null && options.ownedVerifier != null) {
      options.ownedVerifier.close();
    }
  }

  @Test
  void readWhenOnlyEnvironmentJwtKeyThenTokensVerify() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());

    FilterOptions read = read();

    assertEquals(AuthStatus.SIGNED_IN, authenticate(read, freshToken()).status());
    assertEquals(TollgateFilter.DEFAULT_REALM, read.realm);
    assertFalse(read.debugHeaders);
    assertTrue(read.requirePaths.isEmpty());
    assertTrue(read.passPreflightPaths.isEmpty());
  }

  @Test
  void readWhenInitParamAndEnvironmentDifferThenInitParamWins() {
    env.put("CLERK_JWT_KEY", TestKeys.secondaryPem());
    init.put("jwt-key", TestKeys.primaryPem());

    assertEquals(AuthStatus.SIGNED_IN, authenticate(read(), freshToken()).status());
  }

  @Test
  void readWhenEnvironmentKeyIsNotTheSigningKeyThenRejected() {
    env.put("CLERK_JWT_KEY", TestKeys.secondaryPem());

    AuthResult result = authenticate(read(), freshToken());

    assertEquals("token-invalid-signature", ((AuthResult.SignedOut) result).reason().code());
  }

  @Test
  void readWhenThreeKeySourcesThenJwtKeyUsedAndOthersLoggedWithoutValues() {
    init.put("jwt-key", TestKeys.primaryPem());
    env.put("CLERK_JWKS_URL", "https://clerk.example.com/.well-known/jwks.json");
    env.put("CLERK_SECRET_KEY", "sk_test_TOPSECRETVALUE");

    assertEquals(AuthStatus.SIGNED_IN, authenticate(read(), freshToken()).status());
    assertEquals(List.of(
        "Tollgate: environment variable CLERK_JWKS_URL is ignored: init-param jwt-key takes precedence"
            + " (CLERK_JWT_KEY > CLERK_JWKS_URL > CLERK_SECRET_KEY)",
        "Tollgate: environment variable CLERK_SECRET_KEY is ignored: init-param jwt-key takes precedence"
            + " (CLERK_JWT_KEY > CLERK_JWKS_URL > CLERK_SECRET_KEY)"), log);
  }

  @Test
  void readWhenJwksUrlAndSecretKeyThenJwksUrlWinsAndApiUrlIgnored() {
    env.put("CLERK_JWKS_URL", "https://clerk.example.com/.well-known/jwks.json");
    env.put("CLERK_SECRET_KEY", "sk_test_TOPSECRETVALUE");
    env.put("CLERK_API_URL", "https://api.example.com");

    read();

    assertEquals(List.of(
        "Tollgate: environment variable CLERK_SECRET_KEY is ignored: environment variable CLERK_JWKS_URL takes"
            + " precedence (CLERK_JWT_KEY > CLERK_JWKS_URL > CLERK_SECRET_KEY)",
        "Tollgate: environment variable CLERK_API_URL is ignored: it applies only to the secret key"), log);
  }

  @Test
  void readWhenNoKeySourceThenErrorNamesEverySetting() {
    env.put("CLERK_JWT_KEY", "   ");

    assertEquals("no key source: set jwt-key (or CLERK_JWT_KEY), jwks-url (or CLERK_JWKS_URL), secret-key (or"
        + " CLERK_SECRET_KEY) or publishable-key (or CLERK_PUBLISHABLE_KEY)", readFails().getMessage());
  }

  @Test
  void readWhenJwtKeyInvalidThenErrorNamesItWithoutTheValue() {
    init.put("jwt-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOC_NOT_A_KEY");

    String message = readFails().getMessage();

    assertTrue(message.startsWith("init-param jwt-key is invalid: jwtKey"), message);
    assertFalse(message.contains("NOT_A_KEY"), message);
  }

  @Test
  void readWhenSecretKeyInvalidThenErrorNamesItWithoutTheSecret() {
    env.put("CLERK_SECRET_KEY", "sk_test_TOP SECRET");

    String message = readFails().getMessage();

    assertEquals("environment variable CLERK_SECRET_KEY is invalid: secretKey must be a non-empty printable ASCII"
        + " string", message);
  }

  @Test
  void readWhenJwksUrlNotHttpsThenErrorNamesIt() {
    init.put("jwks-url", "http://clerk.example.com/jwks");

    assertEquals("init-param jwks-url is invalid: jwksUrl must use https (plain http is allowed only to a loopback"
        + " host)", readFails().getMessage());
  }

  @Test
  void readWhenPublishableKeyInvalidThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    env.put("CLERK_PUBLISHABLE_KEY", "pk_test_%%%");

    assertTrue(readFails().getMessage().startsWith("environment variable CLERK_PUBLISHABLE_KEY is invalid: "));
  }

  @Test
  void readWhenBooleanNotTrueOrFalseThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("debug-headers", "yes");

    assertEquals("init-param debug-headers must be true or false", readFails().getMessage());
  }

  @Test
  void readWhenRequirePathsInvalidThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("require-paths", "/api/*, /admin*");

    assertEquals("init-param require-paths is invalid: '/admin*' is not a path pattern: use /exact, /prefix/*, /*"
        + " or *.extension", readFails().getMessage());
  }

  @Test
  void readWhenRequirePathsListsNoPatternThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("require-paths", ",");

    assertEquals("init-param require-paths is invalid: lists no pattern", readFails().getMessage());
  }

  @Test
  void readWhenInitParamUnknownThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("require-path", "/api/*");

    String message = readFails().getMessage();

    assertTrue(message.startsWith("init-param require-path is unknown (the filter reads jwt-key, "), message);
    assertFalse(message.contains("/api/*"), message);
  }

  @Test
  void readWhenPassPreflightPathsWithoutRequirePathsThenErrorNamesBoth() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("pass-preflight-paths", "/api/cors/*");

    assertEquals("init-param pass-preflight-paths applies only together with require-paths",
        readFails().getMessage());
  }

  @Test
  void readWhenPassPreflightPathsInvalidThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("require-paths", "/api/*");
    init.put("pass-preflight-paths", "/api/cors*");

    assertEquals("init-param pass-preflight-paths is invalid: '/api/cors*' is not a path pattern: use /exact,"
        + " /prefix/*, /* or *.extension", readFails().getMessage());
  }

  @Test
  void readWhenRealmInvalidThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("realm", "my \"api\"");

    assertTrue(readFails().getMessage().startsWith("init-param realm is invalid: realm must be"));
  }

  @Test
  void readWhenAuthorizedPartiesListedThenOtherPartiesRejected() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    env.put("CLERK_AUTHORIZED_PARTIES", " https://other.example.com ,, " + TestTokens.PARTY + " ");

    FilterOptions read = read();

    assertEquals(AuthStatus.SIGNED_IN, authenticate(read, freshToken()).status());
    AuthResult foreign = authenticate(read, TestTokens.token().issuedAt(Instant.now())
        .claim("azp", "https://evil.example.com").build());
    assertEquals("token-invalid-authorized-parties", ((AuthResult.SignedOut) foreign).reason().code());
  }

  @Test
  void readWhenAuthorizedPartiesEmptyListThenErrorNamesIt() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    init.put("authorized-parties", " , ");

    assertEquals("init-param authorized-parties is invalid: lists no origin", readFails().getMessage());
  }

  @Test
  void readWhenFilterOptionsGivenThenApplied() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    env.put("CLERK_PUBLISHABLE_KEY", TestTokens.PUBLISHABLE_KEY);
    init.put("require-paths", "/api/*,*.json");
    init.put("pass-preflight-paths", "/api/cors/*");
    init.put("realm", "shop");
    init.put("debug-headers", "TRUE");
    init.put("accept-pending", "true");

    FilterOptions read = read();

    assertEquals("shop", read.realm);
    assertTrue(read.debugHeaders);
    assertTrue(read.requirePaths.matches("/api/x"), "/api/x is not required: " + read.requirePaths);
    assertTrue(read.requirePaths.matches("/x.json"), "/x.json is not required: " + read.requirePaths);
    assertEquals("[/api/cors/*]", read.passPreflightPaths.toString());
    String pending = TestTokens.token().issuedAt(Instant.now()).claim("sts", "pending").build();
    assertEquals(AuthStatus.SIGNED_IN, authenticate(read, pending).status());
  }

  @Test
  void readWhenPublishableKeySetThenIssuerPinned() {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    env.put("CLERK_PUBLISHABLE_KEY", TestTokens.PUBLISHABLE_KEY);

    AuthResult other = authenticate(read(), TestTokens.token().issuedAt(Instant.now())
        .claim("iss", "https://clerk.other.com").build());

    assertEquals("token-invalid-issuer", ((AuthResult.SignedOut) other).reason().code());
  }

  @Test
  void readWhenAcceptPendingSetOrNotThenTheFiltersVerifierDecides() throws Exception {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    String pending = TestTokens.token().issuedAt(Instant.now()).claim("sts", "pending").build();

    FilterOptions refusing = read();
    assertEquals("session-pending", assertThrows(TokenVerificationException.class,
        () -> Objects.requireNonNull(refusing.ownedVerifier).verify(pending)).reason().code(), "default");
    assertEquals("session-pending", ((AuthResult.SignedOut) authenticate(refusing, pending)).reason().code());
    refusing.ownedVerifier.close();

    init.put("accept-pending", "true");
    FilterOptions accepting = read();
    assertEquals(SessionStatus.PENDING, Objects.requireNonNull(accepting.ownedVerifier).verify(pending).status(),
        "accept-pending configures the verifier the filter builds, so direct calls agree with the filter");
  }
}
