package dev.tollgate.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.test.tokens.SigningKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestIssuerBuilderTest {

  @Test
  void startWhenDefaultsThenSystemClockDefaultPartyAndANewKey() {
    try (TestIssuer issuer = TestIssuer.start()) {
      assertEquals(Clock.systemUTC(), issuer.clock(), "clock");
      assertEquals(TestIssuerBuilder.DEFAULT_AUTHORIZED_PARTY, issuer.authorizedParty(), "azp");
      assertTrue(issuer.signingKey().keyId().startsWith(SigningKey.KEY_ID_PREFIX), "generated key id");
      assertTrue(issuer.issuer().startsWith("http://127.0.0.1:"), () -> "issuer on loopback: " + issuer.issuer());
      assertEquals(issuer.issuer() + "/.well-known/jwks.json", issuer.jwksUrl().toString(), "JWKS under the issuer");
    }
  }

  @Test
  void startWhenOptionsGivenThenIssuerUsesThem() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    SigningKey key = SigningKey.generate("ins_shared");
    try (TestIssuer issuer = TestIssuer.builder().clock(clock).authorizedParty("https://app.example.com")
        .signingKey(key).start()) {
      assertSame(clock, issuer.clock(), "clock");
      assertEquals("https://app.example.com", issuer.authorizedParty(), "azp");
      assertSame(key, issuer.signingKey(), "key");
      assertEquals(key.publicKeyPem(), issuer.publicKeyPem(), "PEM of the key");
    }
  }

  @Test
  void optionWhenSetTwiceThenIllegalStateNamingIt() {
    TestIssuerBuilder builder = TestIssuer.builder().clock(Clock.systemUTC()).authorizedParty("https://a.example")
        .signingKey(SigningKey.generate());

    assertEquals("clock was already set",
        assertThrows(IllegalStateException.class, () -> builder.clock(Clock.systemUTC())).getMessage());
    assertEquals("authorizedParty was already set",
        assertThrows(IllegalStateException.class, () -> builder.authorizedParty("https://b.example")).getMessage());
    assertEquals("signingKey was already set",
        assertThrows(IllegalStateException.class, () -> builder.signingKey(SigningKey.generate())).getMessage());
  }

  @Test
  void authorizedPartyWhenBlankThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> TestIssuer.builder().authorizedParty(" "));
  }
}
