package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.RejectionReason;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.examples.issuer.SigningKey;
import dev.tollgate.examples.issuer.TokenMinter;
import dev.tollgate.examples.issuer.TokenSpec;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClerkEnvironmentTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final TokenMinter MINTER = new TokenMinter(KEY, "https://clerk.example.com", Clock.systemUTC());

  @Test
  void verifierWhenNoKeySourceThenNamesTheVariablesToSet() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ClerkEnvironment.verifier(Map.of("CLERK_AUTHORIZED_PARTIES", "https://app.example")::get));

    assertTrue(missing.getMessage().contains("CLERK_SECRET_KEY"), missing.getMessage());
  }

  @Test
  void verifierWhenJwtKeyAndPartiesThenNetworklessAndPartiesChecked() throws Exception {
    Map<String, String> env = Map.of("CLERK_JWT_KEY", KEY.publicKeyPem(),
        "CLERK_AUTHORIZED_PARTIES", " http://localhost:3000 , https://app.example ");

    ClerkEnvironment.Configured configured = ClerkEnvironment.verifier(env::get);

    try (var verifier = configured.verifier()) {
      assertEquals(TokenSpec.DEFAULT_SUBJECT, verifier.verify(MINTER.mint(TokenSpec.builder().build()).token())
          .userId());
      String otherParty = MINTER.mint(TokenSpec.builder().authorizedParty("https://evil.example").build()).token();
      assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
          assertThrows(TokenVerificationException.class, () -> verifier.verify(otherParty)).reason());
    }
    assertEquals("Clerk instance from CLERK_JWT_KEY, CLERK_AUTHORIZED_PARTIES", configured.description());
  }

  @Test
  void verifierWhenSeveralKeySourcesThenClerkPrecedence() {
    Map<String, String> env = Map.of("CLERK_JWT_KEY", KEY.publicKeyPem(),
        "CLERK_JWKS_URL", "https://clerk.example.com/.well-known/jwks.json", "CLERK_SECRET_KEY", "sk_test_x");

    ClerkEnvironment.Configured configured = ClerkEnvironment.verifier(env::get);
    configured.verifier().close();

    assertEquals("Clerk instance from CLERK_JWT_KEY", configured.description());
  }

  @Test
  void verifierWhenSecretKeyWithApiUrlThenBoth() {
    Map<String, String> env = Map.of("CLERK_SECRET_KEY", "sk_test_x", "CLERK_API_URL", "https://api.example.com",
        "CLERK_JWT_KEY", "  ");

    ClerkEnvironment.Configured configured = ClerkEnvironment.verifier(env::get);
    configured.verifier().close();

    assertEquals("Clerk instance from CLERK_SECRET_KEY, CLERK_API_URL", configured.description());
  }

  @Test
  void verifierWhenValueInvalidThenNamesVariableWithoutEchoingIt() {
    IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
        () -> ClerkEnvironment.verifier(Map.of("CLERK_JWKS_URL", "http://secret-host.example/jwks")::get));

    assertTrue(invalid.getMessage().startsWith("CLERK_JWKS_URL is not valid"), invalid.getMessage());
    assertFalse(invalid.getMessage().contains("secret-host"), invalid.getMessage());
  }
}
