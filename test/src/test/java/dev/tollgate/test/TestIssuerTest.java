package dev.tollgate.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Actor;
import dev.tollgate.FactorVerificationAge;
import dev.tollgate.KeysUnavailableException;
import dev.tollgate.Organization;
import dev.tollgate.RejectionReason;
import dev.tollgate.Session;
import dev.tollgate.SessionStatus;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.test.tokens.SigningKey;
import dev.tollgate.test.tokens.TokenCategory;
import dev.tollgate.test.tokens.TokenSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every variant the kit mints, sent through the real verifier of the issuer: the good ones verify to exactly the
 * session their spec says (every field), the bad ones give the documented rejection reason.
 */
class TestIssuerTest {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final TestIssuer ISSUER = TestIssuer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();

  @AfterAll
  static void stopIssuer() {
    ISSUER.close();
  }

  private static Session verify(TokenSpec spec) throws Exception {
    return ISSUER.verifier().verify(spec.sign());
  }

  private static RejectionReason rejection(SessionVerifier verifier, TokenSpec spec) {
    return assertThrows(TokenVerificationException.class, () -> verifier.verify(spec.sign()),
        () -> spec + " verified").reason();
  }

  private static RejectionReason rejection(TokenSpec spec) {
    return rejection(ISSUER.verifier(), spec);
  }

  @Test
  void tokenWhenDefaultThenVerifiesToTheDefaultSessionInEveryField() throws Exception {
    Session session = verify(ISSUER.token());

    assertEquals(TokenSpec.DEFAULT_USER_ID, session.userId(), "userId");
    assertEquals(TokenSpec.DEFAULT_SESSION_ID, session.sessionId(), "sessionId");
    assertEquals(SessionStatus.ACTIVE, session.status(), "status");
    assertEquals(Optional.empty(), session.actor(), "actor");
    assertEquals(false, session.isImpersonated(), "isImpersonated");
    assertEquals(Optional.empty(), session.organization(), "organization");
    assertEquals(Optional.of(new FactorVerificationAge(0, -1)), session.factorVerificationAge(), "fva");
    assertEquals(List.of(), session.features(), "features");
    assertEquals(List.of(), session.plans(), "plans");
    assertEquals(Optional.of(TestIssuerBuilder.DEFAULT_AUTHORIZED_PARTY), session.authorizedParty(), "azp");
    assertEquals(Optional.of(ISSUER.issuer()), session.issuer(), "iss");
    assertEquals(List.of(), session.audience(), "aud");
    assertEquals(20, session.tokenId().orElseThrow().length(), "jti length");
    assertEquals(Optional.of(NOW), session.issuedAt(), "iat");
    assertEquals(Optional.of(NOW.minusSeconds(10)), session.notBefore(), "nbf");
    assertEquals(NOW.plusSeconds(60), session.expiresAt(), "exp");
    assertEquals(2, session.claimsVersion(), "claims version");
  }

  @Test
  void tokenWhenUserAndSessionGivenThenSessionCarriesThem() throws Exception {
    Session session = verify(ISSUER.token().userId("user_2abc").sessionId("sess_2abc"));

    assertEquals("user_2abc", session.userId(), "userId");
    assertEquals("sess_2abc", session.sessionId(), "sessionId");
  }

  @Test
  void tokenWhenVersion2OrganizationThenRoleSlugAndPermissionsDecodeFromTheCompactClaim() throws Exception {
    Session session = verify(ISSUER.token().organization("org_2acme", "acme").orgRole("admin")
        .permissions("org:invoices:read", "org:invoices:manage", "org:reports:read").features("u:dashboard"));

    Organization org = session.organization().orElseThrow();
    assertEquals("org_2acme", org.id(), "org id");
    assertEquals(Optional.of("acme"), org.slug(), "org slug");
    assertEquals(Optional.of("org:admin"), org.role(), "org role");
    assertEquals(List.of("org:invoices:read", "org:invoices:manage", "org:reports:read"), org.permissions(),
        "org permissions");
    assertEquals(List.of("u:dashboard", "o:invoices", "o:reports"), session.features(),
        "features: the requested one, then the org features the permissions need");
    assertTrue(session.hasRole("org:admin"), "hasRole(org:admin)");
    assertTrue(session.hasPermission("org:reports:read"), "hasPermission(org:reports:read)");
  }

  @Test
  void tokenWhenVersion1OrganizationThenSameOrganizationAsVersion2() throws Exception {
    TokenSpec spec = ISSUER.token().organization("org_2acme", "acme").orgRole("org:member")
        .permissions("org:invoices:read");

    Session v1 = verify(spec.claimsVersion(1));

    assertEquals(1, v1.claimsVersion(), "claims version");
    assertEquals(verify(spec).organization(), v1.organization(), "v1 org_* claims map like v2's o");
  }

  @Test
  void tokenWhenRoleWithoutOrganizationThenDefaultOrganization() throws Exception {
    Organization org = verify(ISSUER.token().orgRole("member")).organization().orElseThrow();

    assertEquals(TokenSpec.DEFAULT_ORG_ID, org.id(), "org id");
    assertEquals(Optional.of(TokenSpec.DEFAULT_ORG_SLUG), org.slug(), "org slug");
    assertEquals(List.of(), org.permissions(), "permissions");
  }

  @Test
  void tokenWhenFeaturesAndPlansThenSessionListsThemAndHasAnswers() throws Exception {
    Session session = verify(ISSUER.token().features("u:dashboard", "o:reservations").plans("u:pro"));

    assertEquals(List.of("u:dashboard", "o:reservations"), session.features(), "features");
    assertEquals(List.of("u:pro"), session.plans(), "plans");
    assertTrue(session.hasFeature("user:dashboard"), "hasFeature(user:dashboard)");
    assertTrue(session.hasPlan("user:pro"), "hasPlan(user:pro)");
  }

  @Test
  void tokenWhenActorThenImpersonatedByThatUser() throws Exception {
    Session session = verify(ISSUER.token().actor("user_support"));

    Actor actor = session.actor().orElseThrow();
    assertEquals("user_support", actor.subject(), "actor subject");
    assertEquals(Optional.of(TokenSpec.ACTOR_ISSUER), actor.issuer(), "actor issuer");
    assertTrue(session.isImpersonated(), "isImpersonated");
  }

  @Test
  void tokenWhenFactorAgesGivenOrLeftOutThenSessionSaysSo() throws Exception {
    assertEquals(Optional.of(new FactorVerificationAge(7, 3)),
        verify(ISSUER.token().factorAges(7, 3)).factorVerificationAge(), "fva [7,3]");
    assertEquals(Optional.empty(), verify(ISSUER.token().withoutFactorAges()).factorVerificationAge(),
        "no fva");
  }

  @Test
  void tokenWhenPendingThenRejectedAsPendingUnlessTheVerifierAcceptsPending() throws Exception {
    TokenSpec pending = ISSUER.token().pending();

    assertEquals(RejectionReason.SESSION_PENDING, rejection(pending), "default verifier");
    try (SessionVerifier accepting = ISSUER.verifierBuilder().acceptPending(true).build()) {
      assertEquals(SessionStatus.PENDING, accepting.verify(pending.sign()).status(), "accepting verifier");
    }
  }

  @Test
  void tokenWhenCustomClaimThenInTheSessionClaims() throws Exception {
    Session session = verify(ISSUER.token().claim("public_metadata", Map.of("role", "billing")));

    assertEquals(Map.of("role", "billing"), session.claims().get("public_metadata"), "public_metadata claim");
  }

  @Test
  void tokenWhenLifetimeOrAgeGivenThenTimesFollow() throws Exception {
    Session session = verify(ISSUER.token().lifetime(Duration.ofMinutes(5)).age(Duration.ofSeconds(30)));

    assertEquals(Optional.of(NOW.minusSeconds(30)), session.issuedAt(), "iat");
    assertEquals(NOW.plusSeconds(270), session.expiresAt(), "exp");
  }

  @Test
  void tokenWhenExpiredThenRejectedAsExpired() throws Exception {
    assertEquals(RejectionReason.TOKEN_EXPIRED, rejection(ISSUER.token().expired()));
  }

  @Test
  void tokenWhenNotYetValidThenRejectedAsNotActiveYet() throws Exception {
    assertEquals(RejectionReason.TOKEN_NOT_ACTIVE_YET, rejection(ISSUER.token().notYetValid()));
  }

  @Test
  void tokenWhenIssuedInTheFutureThenRejectedAsIatInTheFuture() throws Exception {
    assertEquals(RejectionReason.TOKEN_IAT_IN_THE_FUTURE, rejection(ISSUER.token().issuedInTheFuture()));
  }

  @Test
  void tokenWhenJwtTemplateOrMachineCategoryThenRejectedAsTypeMismatch() throws Exception {
    assertEquals(RejectionReason.TOKEN_TYPE_MISMATCH,
        rejection(ISSUER.token().category(TokenCategory.JWT_TEMPLATE)), "JWT template category");
    assertEquals(RejectionReason.TOKEN_TYPE_MISMATCH, rejection(ISSUER.token().category(TokenCategory.MACHINE)),
        "machine category");
  }

  @Test
  void tokenWhenSignatureTamperedThenRejectedAsInvalidSignature() throws Exception {
    assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE, rejection(ISSUER.token().tamperedSignature()));
  }

  @Test
  void tokenWhenSignedByAnUnknownKeyUnderTheKnownKeyIdThenRejectedAsInvalidSignature() throws Exception {
    assertEquals(RejectionReason.TOKEN_INVALID_SIGNATURE, rejection(ISSUER.token().signedByUnknownKey()));
  }

  @Test
  void tokenWhenKeyIdUnknownThenRejectedAsKidMismatch() throws Exception {
    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(ISSUER.token().unknownKeyId()));
  }

  @Test
  void tokenWhenSignedByAnotherIssuersKeyThenRejectedAsKidMismatch() throws Exception {
    assertEquals(RejectionReason.JWK_KID_MISMATCH, rejection(ISSUER.token().signedBy(SigningKey.generate())));
  }

  @Test
  void tokenWhenIssuerOrPartyDiffersThenRejectedByThePreconfiguredVerifier() throws Exception {
    assertEquals(RejectionReason.TOKEN_INVALID_ISSUER, rejection(ISSUER.token().issuer("https://clerk.evil.example")),
        "other iss");
    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
        rejection(ISSUER.token().authorizedParty("https://evil.example")), "other azp");
  }

  @Test
  void publicKeyPemWhenUsedAsJwtKeyThenVerifiesTheIssuersTokens() throws Exception {
    try (SessionVerifier networkless = SessionVerifier.builder().jwtKey(ISSUER.publicKeyPem())
        .clock(ISSUER.clock()).build()) {
      assertEquals(TokenSpec.DEFAULT_USER_ID, networkless.verify(ISSUER.token().sign()).userId());
    }
  }

  @Test
  void verifierWhenAskedTwiceThenSameInstance() throws Exception {
    assertSame(ISSUER.verifier(), ISSUER.verifier());
  }

  @Test
  void closeWhenDoneThenVerifierRefusedAndJwksEndpointGone() throws Exception {
    TestIssuer closed = TestIssuer.start();
    String token = closed.token().sign();
    closed.close();

    assertThrows(IllegalStateException.class, closed::verifier, "verifier() after close()");
    try (SessionVerifier late = SessionVerifier.builder().jwksUrl(closed.jwksUrl()).build()) {
      assertThrows(KeysUnavailableException.class, () -> late.verify(token), "keys from a closed issuer");
    }
  }
}
