package dev.tollgate;

import dev.tollgate.internal.JwsAlgorithm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

  private static final long NOW = 1_700_000_000_000L;
  private final TokenRules rules = new TokenRules(Set.of("RS256"), "https://clerk.example.com", Set.of(),
      Set.of("https://app.example.com"), 5_000, false);

  private static Map<String, Object> claims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    claims.put("iss", "https://clerk.example.com");
    claims.put("azp", "https://app.example.com");
    claims.put("iat", NOW / 1000);
    claims.put("nbf", NOW / 1000 - 10);
    claims.put("exp", NOW / 1000 + 60);
    return claims;
  }

  private RejectionReason claimsRejection(Map<String, Object> claims) {
    return assertThrows(TokenVerificationException.class, () -> rules.checkClaims(claims, NOW)).reason();
  }

  private RejectionReason headerRejection(Map<String, Object> header) {
    return assertThrows(TokenVerificationException.class, () -> rules.checkHeader(header)).reason();
  }

  @Test
  void checkHeaderWhenSeveralRulesFailThenAlgorithmIsReportedFirst() {
    Map<String, Object> header = new HashMap<>(Map.of("alg", "HS256", "crit", "x", "typ", "at+jwt", "cat", "x"));
    assertEquals(RejectionReason.TOKEN_INVALID_ALGORITHM, headerRejection(header));
    header.put("alg", "RS256");
    assertEquals(RejectionReason.TOKEN_UNSUPPORTED_CRITICAL_HEADER, headerRejection(header));
    header.remove("crit");
    assertEquals(RejectionReason.TOKEN_TYPE_MISMATCH, headerRejection(header));
  }

  @Test
  void checkHeaderWhenValidThenItsAlgorithm() throws Exception {
    assertEquals(JwsAlgorithm.RS256,
        rules.checkHeader(Map.of("alg", "RS256", "typ", "JWT", "cat", "cl_B7d4PD111AAA", "kid", "k")));
    assertEquals(JwsAlgorithm.RS256, rules.checkHeader(Map.of("alg", "RS256", "cat", "cl_I7d4PD111III")));
  }

  @Test
  void checkClaimsWhenPendingThenSessionPendingLastAndAcceptedWhenConfigured() throws Exception {
    Map<String, Object> pending = claims();
    pending.put("sts", "pending");
    Map<String, Object> pendingAndExpired = new LinkedHashMap<>(pending);
    pendingAndExpired.put("exp", NOW / 1000 - 60);
    TokenRules accepting = new TokenRules(Set.of("RS256"), null, Set.of(), Set.of(), 5_000, true);

    assertEquals(RejectionReason.SESSION_PENDING, claimsRejection(pending));
    assertEquals(RejectionReason.TOKEN_EXPIRED, claimsRejection(pendingAndExpired), "every other rule comes first");
    assertEquals(NOW + 60_000, accepting.checkClaims(pending, NOW).expiresAt());
  }

  @Test
  void checkClaimsWhenValidThenTimesInMillis() throws Exception {
    ClaimTimes times = rules.checkClaims(claims(), NOW);

    assertEquals(NOW + 60_000, times.expiresAt());
    assertEquals(NOW - 10_000, times.notBefore());
    assertEquals(NOW, times.issuedAt());
  }

  @Test
  void checkClaimsWhenSeveralRulesFailThenReportedInClerksOrder() {
    Map<String, Object> claims = claims();
    claims.put("exp", NOW / 1000 - 100);
    claims.put("azp", "https://evil.example.com");
    claims.put("iss", "https://other");
    claims.remove("sub");
    assertEquals(RejectionReason.TOKEN_VERIFICATION_FAILED, claimsRejection(claims));
    claims.put("sub", "user_1");
    assertEquals(RejectionReason.TOKEN_INVALID_ISSUER, claimsRejection(claims));
    claims.put("iss", "https://clerk.example.com");
    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES, claimsRejection(claims));
    claims.put("azp", "https://app.example.com");
    assertEquals(RejectionReason.TOKEN_EXPIRED, claimsRejection(claims));
  }

  @Test
  void checkClaimsWhenTimesAreAtTheSkewEdgesThenExact() throws Exception {
    Map<String, Object> claims = claims();
    claims.put("exp", (NOW - 5_000) / 1000);
    assertEquals(RejectionReason.TOKEN_EXPIRED, claimsRejection(claims), "exp == now - skew is expired");
    claims.put("exp", (NOW - 4_000) / 1000);
    rules.checkClaims(claims, NOW);

    claims.put("nbf", (NOW + 6_000) / 1000);
    assertEquals(RejectionReason.TOKEN_NOT_ACTIVE_YET, claimsRejection(claims));
    claims.put("nbf", (NOW + 5_000) / 1000);
    claims.put("iat", (NOW + 6_000) / 1000);
    assertEquals(RejectionReason.TOKEN_IAT_IN_THE_FUTURE, claimsRejection(claims));
    claims.put("iat", (NOW + 5_000) / 1000);
    rules.checkClaims(claims, NOW);
  }

  @Test
  void timesValidWhenRecheckedForACacheHitThenSameBoundsAsFullCheck() {
    ClaimTimes times = new ClaimTimes(NOW + 60_000, NOW - 10_000, NOW);

    assertTrue(rules.timesValid(times, NOW + 64_999));
    assertFalse(rules.timesValid(times, NOW + 65_000));
    assertFalse(rules.timesValid(times, NOW - 15_001), "nbf in the future beyond skew");
    assertTrue(rules.timesValid(new ClaimTimes(NOW + 60_000, ClaimTimes.ABSENT, ClaimTimes.ABSENT), NOW));
  }

  @Test
  void checkClaimsWhenAudienceConfiguredThenStringOrArrayMustIntersect() throws Exception {
    TokenRules withAudience = new TokenRules(Set.of("RS256"), null, Set.of("api"), Set.of(), 0, false);
    Map<String, Object> claims = claims();
    claims.put("aud", java.util.List.of("other", "api"));
    withAudience.checkClaims(claims, NOW);
    claims.put("aud", "api");
    withAudience.checkClaims(claims, NOW);
    claims.put("aud", java.util.List.of(1L, "other"));
    assertEquals(RejectionReason.TOKEN_INVALID_AUDIENCE,
        assertThrows(TokenVerificationException.class, () -> withAudience.checkClaims(claims, NOW)).reason());
  }

  @Test
  void checkHeaderWhenCategoryIsAnotherClerkTokenClassThenMessageNamesTheClass() {
    assertEquals("The token is a JWT-template token, not a session token.",
        headerMessage(Map.of("alg", "RS256", "cat", TokenRules.CATEGORY_JWT_TEMPLATE)));
    assertEquals("The token is a machine token, not a session token.",
        headerMessage(Map.of("alg", "RS256", "cat", TokenRules.CATEGORY_M2M)));
    assertEquals("The token's category is not the session-token category.",
        headerMessage(Map.of("alg", "RS256", "cat", "cl_unknown")));
  }

  private String headerMessage(Map<String, Object> header) {
    TokenVerificationException rejection =
        assertThrows(TokenVerificationException.class, () -> rules.checkHeader(header));
    assertEquals(RejectionReason.TOKEN_TYPE_MISMATCH, rejection.reason());
    return rejection.getMessage();
  }

  @Test
  void checkClaimsWhenNbfAndIatAbsentThenTheirTimesAreAbsent() throws Exception {
    Map<String, Object> claims = claims();
    claims.remove("nbf");
    claims.remove("iat");

    ClaimTimes times = rules.checkClaims(claims, NOW);

    assertEquals(ClaimTimes.ABSENT, times.notBefore(), "absent nbf is not the epoch");
    assertEquals(ClaimTimes.ABSENT, times.issuedAt(), "absent iat is not the epoch");
  }

  @Test
  void timesValidWhenNbfOrIatIsAtTheSkewEdgeThenSameAsCheckClaims() {
    long farExpiry = NOW + 3_600_000;

    assertTrue(rules.timesValid(new ClaimTimes(farExpiry, NOW + 5_000, ClaimTimes.ABSENT), NOW),
        "nbf == now + skew is active");
    assertFalse(rules.timesValid(new ClaimTimes(farExpiry, NOW + 5_001, ClaimTimes.ABSENT), NOW),
        "nbf one millisecond beyond the skew");
    assertTrue(rules.timesValid(new ClaimTimes(farExpiry, ClaimTimes.ABSENT, NOW + 5_000), NOW),
        "iat == now + skew is not in the future");
    assertFalse(rules.timesValid(new ClaimTimes(farExpiry, ClaimTimes.ABSENT, NOW + 5_001), NOW),
        "iat one millisecond beyond the skew");
  }
}
