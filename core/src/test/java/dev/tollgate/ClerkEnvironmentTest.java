package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ClerkEnvironmentTest {

  private final Map<String, String> env = new HashMap<>();

  private ClerkEnvironment read() {
    return ClerkEnvironment.read(env::get);
  }

  @Test
  void readWhenJwtKeyAndPartiesThenNetworklessVerifierCheckingParties() throws Exception {
    env.put("CLERK_JWT_KEY", TestKeys.primaryPem());
    env.put("CLERK_AUTHORIZED_PARTIES", " https://app.example.com , http://localhost:3000 ,");
    ClerkEnvironment clerk = read();
    SessionVerifier verifier = clerk.builder().clock(new MutableClock(TestTokens.NOW)).build();

    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().build()).userId());
    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, assertThrows(TokenVerificationException.class,
        () -> verifier.verify(TestTokens.token().claim("azp", "https://evil.example.com").build())).reason());
    assertEquals("environment variable CLERK_JWT_KEY", clerk.keySource());
    assertEquals(List.of(), clerk.ignoredSettings());
  }

  @Test
  void readWhenSeveralKeySourcesThenClerkPrecedenceAndTheOthersListedWithoutValues() {
    env.put("CLERK_JWKS_URL", "https://clerk.example.com/.well-known/jwks.json");
    env.put("CLERK_SECRET_KEY", "sk_test_TOPSECRET");
    env.put("CLERK_API_URL", "https://api.example.com");

    ClerkEnvironment clerk = read();

    assertEquals("environment variable CLERK_JWKS_URL", clerk.keySource());
    assertEquals(List.of("environment variable CLERK_SECRET_KEY is ignored: environment variable CLERK_JWKS_URL takes"
        + " precedence (CLERK_JWT_KEY > CLERK_JWKS_URL > CLERK_SECRET_KEY)",
        "environment variable CLERK_API_URL is ignored: it applies only to the secret key"), clerk.ignoredSettings());
    assertFalse(clerk.ignoredSettings().toString().contains("TOPSECRET"));
  }

  @Test
  void readWhenOnlyPublishableKeyThenItIsTheKeySourceAndPinsTheIssuer() {
    env.put("CLERK_PUBLISHABLE_KEY", Fixtures.token("js-backend/pkTest.txt"));
    ClerkEnvironment clerk = read();

    assertEquals("environment variable CLERK_PUBLISHABLE_KEY", clerk.keySource());
    assertEquals(Fixtures.token("js-backend/pkTest.txt"), clerk.publishableKey().orElseThrow());
    clerk.builder().build().close();
  }

  @Test
  void readWhenNoKeySourceThenNamesEverySettingToSet() {
    env.put("CLERK_JWT_KEY", "   ");
    env.put("CLERK_AUTHORIZED_PARTIES", "https://app.example.com");

    assertEquals("no key source: set CLERK_JWT_KEY, CLERK_JWKS_URL, CLERK_SECRET_KEY or CLERK_PUBLISHABLE_KEY",
        assertThrows(IllegalArgumentException.class, this::read).getMessage());
  }

  @Test
  void readWhenAValueIsInvalidThenNamesTheSettingNeverTheValue() {
    env.put("CLERK_JWKS_URL", "http://secret-host.example/jwks");
    IllegalArgumentException url = assertThrows(IllegalArgumentException.class, this::read);
    env.clear();
    env.put("CLERK_JWT_KEY", "MIIB_NOT_A_KEY_SECRETISH");
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class, this::read);
    env.clear();
    env.put("CLERK_SECRET_KEY", "pk_test_looks_public");
    IllegalArgumentException secret = assertThrows(IllegalArgumentException.class, this::read);

    assertTrue(url.getMessage().startsWith("environment variable CLERK_JWKS_URL is invalid: jwksUrl must use https"));
    assertFalse(url.getMessage().contains("secret-host"));
    assertTrue(key.getMessage().startsWith("environment variable CLERK_JWT_KEY is invalid: jwtKey"));
    assertFalse(key.getMessage().contains("SECRETISH"));
    assertFalse(secret.getMessage().contains("looks_public"), secret.getMessage());
  }

  @Test
  void fromWhenSettingsNameTheirOriginThenMessagesUseIt() {
    ClerkEnvironment.Settings initParams = new ClerkEnvironment.Settings() {
      @Override
      public @Nullable String value(String variable) {
        return variable.equals(ClerkEnvironment.SECRET_KEY) ? "sk_test_a b" : null;
      }

      @Override
      public String origin(String variable) {
        return "init-param " + variable.toLowerCase();
      }
    };

    assertTrue(assertThrows(IllegalArgumentException.class, () -> ClerkEnvironment.from(initParams)).getMessage()
        .startsWith("init-param clerk_secret_key is invalid: secretKey must be"));
  }
}
