package dev.tollgate.attacks;

import static dev.tollgate.attacks.Targets.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.RejectionReason;
import dev.tollgate.SessionVerifier;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims crafted to slip past time checks, identity checks and audience restrictions, and tampering. */
class ClaimAttacksTest {

  private static final long IAT = TestTokens.NOW.getEpochSecond();
  private final SessionVerifier verifier = Targets.networkless();

  private static String withRawClaim(String name, String rawJsonValue) {
    Map<String, Object> claims = new java.util.LinkedHashMap<>(TestTokens.token().claims());
    claims.remove(name);
    String payload = Json.write(claims);
    payload = payload.substring(0, payload.length() - 1) + ",\"" + name + "\":" + rawJsonValue + "}";
    return TestTokens.signRaw("{\"alg\":\"RS256\",\"kid\":\"" + TestTokens.KID + "\",\"typ\":\"JWT\"}", payload,
        TestKeys.PRIMARY.getPrivate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"1700000060\"", "true", "null", "[1700000060]", "{\"v\":1700000060}"})
  void verifyWhenExpIsNotANumberThenVerificationFailed(String exp) {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, withRawClaim("exp", exp));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999", "1e20", "1e400", "-1e400", "253402300800", "9223372036854775807",
      "-9223372036854775808", "1e999999999"})
  void verifyWhenExpIsHugeThenVerificationFailedNeverValidNorExpired(String exp) {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, withRawClaim("exp", exp));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "0", "-253402300799", "1e-999999999"})
  void verifyWhenExpIsNegativeOrEpochThenExpired(String exp) {
    assertRejected(RejectionReason.TOKEN_EXPIRED, verifier, withRawClaim("exp", exp));
  }

  @Test
  void verifyWhenExpIsFractionalThenComparedAtMillisecondPrecision() throws Exception {
    String token = withRawClaim("exp", (IAT + 30) + ".123");
    Instant exp = Instant.ofEpochMilli((IAT + 30) * 1000 + 123);
    SessionVerifier justBefore = Targets.base(Clock.fixed(exp.minusMillis(1), ZoneOffset.UTC))
        .clockSkew(java.time.Duration.ZERO)
        .jwtKey(TestKeys.primaryPem()).build();
    SessionVerifier atExp = Targets.base(Clock.fixed(exp, ZoneOffset.UTC)).clockSkew(java.time.Duration.ZERO)
        .jwtKey(TestKeys.primaryPem()).build();

    assertEquals(exp, verifierAt(justBefore, token));
    assertRejected(RejectionReason.TOKEN_EXPIRED, atExp, token);
  }

  private static Instant verifierAt(SessionVerifier verifier, String token) throws Exception {
    return verifier.verify(token).expiresAt();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"1699999990\"", "1e400", "false"})
  void verifyWhenNbfOrIatIsMalformedThenVerificationFailed(String value) {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, withRawClaim("nbf", value));
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, withRawClaim("iat", value));
  }

  @Test
  void verifyWhenNbfOrIatIsFarFutureThenNotActiveOrFuture() {
    assertRejected(RejectionReason.TOKEN_NOT_ACTIVE_YET, verifier, withRawClaim("nbf", "253402300799"));
    assertRejected(RejectionReason.TOKEN_IAT_IN_THE_FUTURE, verifier, withRawClaim("iat", "253402300799"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "sid", "exp"})
  void verifyWhenRequiredClaimIsMissingThenVerificationFailed(String claim) {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().without(claim).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "sid"})
  void verifyWhenIdentityClaimIsEmptyOrNotAStringThenVerificationFailed(String claim) {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().claim(claim, "").build());
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().claim(claim, 42).build());
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier,
        TestTokens.token().claim(claim, List.of("user_a")).build());
  }

  @Test
  void verifyWhenAuthorizedPartyIsForeignMissingOrNotAStringThenRejected() {
    assertRejected(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, verifier,
        TestTokens.token().claim("azp", "https://evil.example.com").build());
    assertRejected(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, verifier,
        TestTokens.token().claim("azp", "https://app.example.com/").build());
    assertRejected(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, verifier, TestTokens.token().without("azp")
        .build());
    assertRejected(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, verifier,
        TestTokens.token().claim("azp", List.of(TestTokens.PARTY)).build());
  }

  @Test
  void verifyWhenIssuerIsAnotherInstanceOrMissingThenRejected() {
    assertRejected(RejectionReason.TOKEN_INVALID_ISSUER, verifier,
        TestTokens.token().claim("iss", "https://clerk.other.example.com").build());
    assertRejected(RejectionReason.TOKEN_INVALID_ISSUER, verifier,
        TestTokens.token().claim("iss", TestTokens.ISSUER + "/").build());
    assertRejected(RejectionReason.TOKEN_INVALID_ISSUER, verifier, TestTokens.token().without("iss").build());
  }

  @Test
  void verifyWhenAudienceIsConfiguredThenMissingOrForeignAudienceRejected() throws Exception {
    SessionVerifier withAudience = Targets.base().audience("api://orders")
        .jwtKey(TestKeys.primaryPem()).build();

    assertRejected(RejectionReason.TOKEN_INVALID_AUDIENCE, withAudience, TestTokens.token().build());
    assertRejected(RejectionReason.TOKEN_INVALID_AUDIENCE, withAudience,
        TestTokens.token().claim("aud", "api://billing").build());
    assertEquals(List.of("api://billing", "api://orders"), withAudience.verify(
        TestTokens.token().claim("aud", List.of("api://billing", "api://orders")).build()).audience());
  }

  @Test
  void verifyWhenPayloadIsTamperedThenSignatureInvalid() {
    String[] parts = TestTokens.token().build().split("\\.");
    String forged = Json.write(TestTokens.token().claim("sub", "user_admin").claims());

    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier,
        parts[0] + "." + TestTokens.base64Url(forged) + "." + parts[2]);
  }

  @Test
  void verifyWhenSignatureIsTamperedTruncatedOrExtendedThenSignatureInvalid() {
    String token = TestTokens.token().build();
    int dot = token.lastIndexOf('.');
    byte[] signature = java.util.Base64.getUrlDecoder().decode(token.substring(dot + 1));
    byte[] flipped = signature.clone();
    flipped[100] ^= 0x01;
    byte[] truncated = java.util.Arrays.copyOf(signature, 255);
    byte[] extended = java.util.Arrays.copyOf(signature, 257);
    String head = token.substring(0, dot + 1);

    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier, head + TestTokens.base64Url(flipped));
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier, head + TestTokens.base64Url(truncated));
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier, head + TestTokens.base64Url(extended));
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier, head);
  }

  @Test
  void verifyWhenSignedByAnotherKeyThenSignatureInvalid() {
    assertRejected(RejectionReason.TOKEN_INVALID_SIGNATURE, verifier,
        TestTokens.token().signedWith(TestKeys.SECONDARY).build());
  }

  @Test
  void verifyWhenSessionStatusIsUnknownThenVerificationFailed() {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().claim("sts", "revoked")
        .build());
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().claim("sts", 1).build());
  }

  @Test
  void verifyWhenActorIsMalformedThenVerificationFailedRatherThanHidingImpersonation() {
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, TestTokens.token().claim("act", "agent")
        .build());
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier,
        TestTokens.token().claim("act", Map.of("iss", "https://dashboard.clerk.com")).build());
  }

  @Test
  void verifyWhenExpIsExactIntegerBeyondLongThenNotAcceptedAsEternal() {
    String exp = new BigInteger("2").pow(80).toString();
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier, withRawClaim("exp", exp));
    assertRejected(RejectionReason.TOKEN_VERIFICATION_FAILED, verifier,
        withRawClaim("exp", new BigDecimal("1.7e11").toPlainString() + "0"));
  }

  @Test
  void verifyWhenClaimsJsonIsSignedAsBytesWithEscapesThenValuesAreDecoded() throws Exception {
    String payload = Json.write(TestTokens.token().claims()).replace("\"user_2test\"", "\"user_\\u0032test\"");
    String token = TestTokens.signRaw("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8),
        payload.getBytes(StandardCharsets.UTF_8), TestKeys.PRIMARY.getPrivate(), "SHA256withRSA");

    assertEquals(TestTokens.USER_ID, verifier.verify(token).userId());
  }
}
