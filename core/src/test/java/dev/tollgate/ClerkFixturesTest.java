package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every token in Clerk's fixtures, verified with the networkless key at the fixed time Clerk's tests use
 * (PROVENANCE.md: now = 1666648250 s, default skew 5 s), with the outcome PROVENANCE.md lists.
 */
class ClerkFixturesTest {

  private static final String PEM = Fixtures.text("js-backend/pemEncodedPublicKey.pem");
  private static final String USER = "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr";
  private static final String SESSION = "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9";
  private static final String PARTY = "https://accounts.inspired.puma-74.lcl.dev";

  private static SessionVerifier verifierAt(Instant now) {
    return SessionVerifier.builder().jwtKey(PEM).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private static RejectionReason rejection(SessionVerifier verifier, String token) {
    return assertThrows(TokenVerificationException.class, () -> verifier.verify(token)).reason();
  }

  @Test
  void verifyWhenMockJwtAtClerkTimeThenSessionCarriesItsClaims() throws Exception {
    Session session = verifierAt(Fixtures.CLERK_NOW).verify(Fixtures.token("js-backend/mockJwt.jwt"));

    assertEquals(USER, session.userId());
    assertEquals(SESSION, session.sessionId());
    assertEquals(SessionStatus.ACTIVE, session.status());
    assertEquals(PARTY, session.authorizedParty().orElseThrow());
    assertEquals("https://clerk.inspired.puma-74.lcl.dev", session.issuer().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1666648250), session.issuedAt().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1666648240), session.notBefore().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1666648310), session.expiresAt());
    assertEquals(7, session.claims().size());
    assertFalse(session.isImpersonated());
    assertTrue(session.organization().isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "js-backend/mockExpiredJwt.jwt, TOKEN_EXPIRED",
      "js-backend/mockInvalidSignatureJwt.jwt, TOKEN_INVALID_SIGNATURE",
      "js-backend/mockMalformedJwt.jwt, TOKEN_INVALID_SIGNATURE",
      "js-backend/mockSignedOAuthAccessTokenJwt.jwt, TOKEN_TYPE_MISMATCH",
      "js-backend/mockSignedOAuthAccessTokenJwtApplicationTyp.jwt, TOKEN_TYPE_MISMATCH",
      "derived/jwt_template_cat.jwt, TOKEN_TYPE_MISMATCH",
      "derived/m2m_cat.jwt, TOKEN_TYPE_MISMATCH",
      "derived/missing_sub.jwt, TOKEN_VERIFICATION_FAILED",
      "derived/alg_hs256_pubkey_as_secret.jwt, TOKEN_INVALID_ALGORITHM",
      "derived/alg_none.jwt, TOKEN_INVALID_ALGORITHM",
      "go/realworld_session_token_cat_v1_unverifiable.jwt, TOKEN_INVALID_SIGNATURE",
  })
  void verifyWhenFixtureIsNotAcceptableThenRejectedWithClerkReason(String fixture, RejectionReason expected) {
    assertEquals(expected, rejection(verifierAt(Fixtures.CLERK_NOW), Fixtures.token(fixture)));
  }

  @ParameterizedTest
  @CsvSource({"derived/typ_missing.jwt", "derived/no_azp.jwt", "derived/unknown_kid.jwt"})
  void verifyWhenDerivedTokenIsValidForNetworklessKeyThenAccepted(String fixture) throws Exception {
    assertEquals(USER, verifierAt(Fixtures.CLERK_NOW).verify(Fixtures.token(fixture)).userId());
  }

  @Test
  void verifyWhenAuthorizedPartyIsNotListedThenRejected() {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(PEM).authorizedParties("whatever")
        .clock(Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC)).build();

    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
        rejection(verifier, Fixtures.token("js-backend/mockJwt.jwt")));
    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
        rejection(verifier, Fixtures.token("derived/no_azp.jwt")));
  }

  @Test
  void verifyWhenAuthorizedPartyIsListedThenAccepted() throws Exception {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(PEM).authorizedParties(PARTY)
        .clock(Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC)).build();

    assertEquals(USER, verifier.verify(Fixtures.token("js-backend/mockJwt.jwt")).userId());
  }

  /** PROVENANCE.md: with 5 s skew mockJwt is accepted for now in [1666648245, 1666648315). */
  @Test
  void verifyWhenAtEdgesOfAcceptanceWindowThenExactToTheMillisecond() throws Exception {
    String token = Fixtures.token("js-backend/mockJwt.jwt");

    assertEquals(RejectionReason.TOKEN_IAT_IN_THE_FUTURE,
        rejection(verifierAt(Instant.ofEpochMilli(1666648244_999L)), token));
    verifierAt(Instant.ofEpochSecond(1666648245)).verify(token);
    verifierAt(Instant.ofEpochMilli(1666648314_999L)).verify(token);
    assertEquals(RejectionReason.TOKEN_EXPIRED, rejection(verifierAt(Instant.ofEpochSecond(1666648315)), token));
  }

  @Test
  void verifyWhenOneSecondPastExpiryThenSkewDecides() throws Exception {
    String token = Fixtures.token("js-backend/mockJwt.jwt");
    Clock exp1 = Clock.fixed(Instant.ofEpochSecond(1666648311), ZoneOffset.UTC);

    SessionVerifier noSkew = SessionVerifier.builder().jwtKey(PEM).clockSkew(Duration.ZERO).clock(exp1).build();
    TokenVerificationException expired = assertThrows(TokenVerificationException.class, () -> noSkew.verify(token));
    assertEquals(RejectionReason.TOKEN_EXPIRED, expired.reason());
    assertEquals(Instant.ofEpochSecond(1666648310), expired.claimTime().orElseThrow());
    assertTrue(expired.getMessage().startsWith("JWT is expired"));

    SessionVerifier defaultSkew = SessionVerifier.builder().jwtKey(PEM).clock(exp1).build();
    assertEquals(USER, defaultSkew.verify(token).userId());
    assertEquals(RejectionReason.TOKEN_EXPIRED,
        rejection(verifierAt(Instant.ofEpochSecond(1666648310 + 60)), token));
  }

  @Test
  void verifyWhenClerkAdvancesClockAnHourThenExpired() {
    assertEquals(RejectionReason.TOKEN_EXPIRED,
        rejection(verifierAt(Fixtures.CLERK_NOW.plusSeconds(3600)), Fixtures.token("js-backend/mockJwt.jwt")));
  }

  @Test
  void verifyWhenKeyIsAnotherKeyThenSignatureInvalid() {
    SessionVerifier other = SessionVerifier.builder().jwtKey(Fixtures.text("js-backend/someOtherPublicKey.pem"))
        .clock(Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC)).build();

    assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE, rejection(other, Fixtures.token("js-backend/mockJwt.jwt")));
  }

  @Test
  void buildWhenJwtKeyIsDashboardBase64OrPemOfSameKeyThenBothVerifyAlike() {
    String bare = Fixtures.token("js-backend/mockPEMKey.txt");
    String pem = Fixtures.text("js-backend/mockPEMJwtKey.pem");
    String token = Fixtures.token("js-backend/mockJwt.jwt");
    Clock clock = Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC);

    for (String key : List.of(bare, pem)) {
      SessionVerifier verifier = SessionVerifier.builder().jwtKey(key).clock(clock).build();
      assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE, rejection(verifier, token), "mockPEMKey is another key");
    }
  }

  @Test
  void verifyWhenPublishableKeyPinsIssuerThenClerkTokenAccepted() throws Exception {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(PEM)
        .publishableKey(Fixtures.token("js-backend/pkTest.txt"))
        .clock(Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC)).build();

    assertEquals(USER, verifier.verify(Fixtures.token("js-backend/mockJwt.jwt")).userId());
  }

  @Test
  void verifyWhenV2OrgTokenThenOrganizationFollowsJavaScriptMapping() throws Exception {
    Session session = verifierAt(Fixtures.CLERK_NOW).verify(Fixtures.token("derived/v2_org_active.jwt"));

    Organization org = session.organization().orElseThrow();
    assertEquals("org_2derivedOrg", org.id());
    assertEquals("acme", org.slug().orElseThrow());
    assertEquals("org:admin", org.role().orElseThrow());
    assertEquals(List.of("org:reservations:manage", "org:support-chat:read", "org:support-chat:manage"),
        org.permissions());
    assertEquals(2, session.claimsVersion());
    assertEquals(new FactorVerificationAge(7, -1), session.factorVerificationAge().orElseThrow());
    assertTrue(session.hasFeature("user:dashboard"));
    assertTrue(session.hasPlan("org:business"));
    assertEquals(Set.of("o:reservations", "u:dashboard", "uo:support-chat", "o:impersonation"),
        Set.copyOf(session.features()));
  }

  @Test
  void verifyWhenPendingSessionThenSessionPendingUnlessAcceptedThenPendingStatus() throws Exception {
    String token = Fixtures.token("derived/v2_pending_no_org.jwt");
    assertEquals(RejectionReason.SESSION_PENDING, rejection(verifierAt(Fixtures.CLERK_NOW), token));

    Session session = SessionVerifier.builder().jwtKey(PEM).clock(Clock.fixed(Fixtures.CLERK_NOW, ZoneOffset.UTC))
        .acceptPending(true).build().verify(token);

    assertEquals(SessionStatus.PENDING, session.status());
    assertTrue(session.organization().isEmpty());
  }

  @Test
  void verifyWhenV1OrgWithActorThenImpersonationAndRoleAreVisible() throws Exception {
    Session session = verifierAt(Fixtures.CLERK_NOW).verify(Fixtures.token("derived/v1_org_actor.jwt"));

    Actor actor = session.actor().orElseThrow();
    assertTrue(session.isImpersonated());
    assertEquals("user_impersonator", actor.subject());
    assertEquals("https://dashboard.clerk.com", actor.issuer().orElseThrow());
    assertEquals("sess_456", actor.sessionId().orElseThrow());
    assertTrue(session.hasRole("admin"));
    assertTrue(session.isReverified(Reverification.STRICT));
    assertEquals(List.of("org:reservations:read", "org:reservations:manage"),
        session.organization().orElseThrow().permissions());
  }
}
