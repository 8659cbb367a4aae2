package dev.tollgate.attacks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.tollgate.attacks.Targets.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headers that try to choose the verification key (CVE-2018-0114 family), critical extensions, and token
 * classes that are not session tokens. Keys come only from the configured source; nothing in a header is
 * ever fetched or trusted.
 */
class HeaderInjectionAttacksTest {

  private static final KeyPair ATTACKER = TestKeys.generate(2048);
  private static final String ATTACKER_KID = "attacker-kid";
  private static JwksServer jwks;

  private SessionVerifier remote;
  private final SessionVerifier networkless = Targets.networkless();

  @BeforeAll
  static void startServer() {
    jwks = new JwksServer();
  }

  @AfterAll
  static void stopServer() {
    jwks.close();
  }

  @BeforeEach
  void serveKeys() {
    jwks.reset();
    jwks.serve(TestJwks.primary());
    jwks.wireMock().stubFor(get(urlPathEqualTo("/attacker.json")).willReturn(aResponse().withStatus(200)
        .withBody(TestJwks.of(TestJwks.jwk(ATTACKER_KID, ATTACKER)))));
    remote = Targets.base().jwksUrl(jwks.url()).build();
  }

  @AfterEach
  void closeVerifier() {
    remote.close();
  }

  private static TestTokens.Builder attackerToken() {
    return TestTokens.token().signedWith(ATTACKER);
  }

  @Test
  void verifyWhenHeaderEmbedsAttackerJwkUnderKnownKidThenSignatureInvalid() {
    String token = attackerToken().header("jwk", TestJwks.jwk(TestTokens.KID, ATTACKER)).build();

    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, networkless, token);
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, remote, token);
  }

  @Test
  void verifyWhenHeaderPointsJkuAtAttackerKeysThenTheyAreNeverFetched() {
    String token = attackerToken().kid(ATTACKER_KID)
        .header("jku", jwks.baseUrl() + "/attacker.json").build();

    assertRejected(RejectionReason.JWK_KID_MISMATCH, remote, token);
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, networkless, token);
    assertEquals(0, jwks.wireMock().findAll(
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/attacker.json"))).size());
  }

  @Test
  void verifyWhenHeaderCarriesX5uAndX5cThenTheyAreIgnored() {
    String token = attackerToken()
        .header("x5u", jwks.baseUrl() + "/attacker.json")
        .header("x5c", List.of(TestKeys.bareBase64(TestKeys.publicKey(ATTACKER))))
        .build();

    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, remote, token);
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, networkless, token);
    assertEquals(0, jwks.wireMock().findAll(
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/attacker.json"))).size());
  }

  @Test
  void verifyWhenCritIsPresentEvenOnAValidSignatureThenRejected() {
    assertRejected(RejectionReason.TOKEN_UNSUPPORTED_CRITICAL_HEADER, networkless,
        TestTokens.token().header("crit", List.of("exp")).header("exp", 1).build());
    assertRejected(RejectionReason.TOKEN_UNSUPPORTED_CRITICAL_HEADER, networkless,
        TestTokens.token().header("crit", List.of("b64")).header("b64", false).build());
    assertRejected(RejectionReason.TOKEN_UNSUPPORTED_CRITICAL_HEADER, networkless,
        TestTokens.token().header("crit", List.of()).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"JWS", "jwt+json", "", "JWT "})
  void verifyWhenTypIsNotJwtThenRejectedAsInvalid(String typ) {
    assertRejected(RejectionReason.TOKEN_INVALID, networkless, TestTokens.token().header("typ", typ).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jwt", "Jwt", "JWT"})
  void verifyWhenTypIsJwtInAnyCaseThenAccepted(String typ) throws Exception {
    assertEquals(TestTokens.USER_ID, networkless.verify(TestTokens.token().header("typ", typ).build()).userId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"at+jwt", "application/at+jwt", "AT+JWT"})
  void verifyWhenTypIsOAuthAccessTokenThenTypeMismatch(String typ) {
    assertRejected(RejectionReason.TOKEN_TYPE_MISMATCH, networkless, TestTokens.token().header("typ", typ).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cl_B7d4PD222AAA", "cl_B7d4PD333AAA", "cl_unknown", ""})
  void verifyWhenCategoryIsNotSessionThenTypeMismatch(String category) {
    assertRejected(RejectionReason.TOKEN_TYPE_MISMATCH, networkless,
        TestTokens.token().header("cat", category).build());
  }

  @Test
  void verifyWhenCategoryIsNotAStringThenTypeMismatch() {
    assertRejected(RejectionReason.TOKEN_TYPE_MISMATCH, networkless,
        TestTokens.token().header("cat", Map.of("v", "cl_B7d4PD111AAA")).build());
  }

  @Test
  void verifyWhenSubjectIsAMachineThenTypeMismatch() {
    assertRejected(RejectionReason.TOKEN_TYPE_MISMATCH, networkless,
        TestTokens.token().claim("sub", "mch_2machine").build());
  }

  @Test
  void verifyWhenKidIsNotAStringThenInvalid() {
    assertRejected(RejectionReason.TOKEN_INVALID, networkless, TestTokens.token().header("kid", 7).build());
    assertRejected(RejectionReason.TOKEN_INVALID, remote, TestTokens.token().header("kid", List.of("a")).build());
  }

  @Test
  void verifyWhenKidIsMissingWithJwksThenKidMismatchWithoutAFetch() throws Exception {
    remote.warmUp(java.time.Duration.ofSeconds(5));
    int before = jwks.requests();

    assertRejected(RejectionReason.JWK_KID_MISMATCH, remote, TestTokens.token().withoutHeader("kid").build());
    assertEquals(before, jwks.requests());
  }
}
