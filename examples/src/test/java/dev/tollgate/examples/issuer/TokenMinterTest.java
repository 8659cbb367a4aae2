package dev.tollgate.examples.issuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.FactorVerificationAge;
import dev.tollgate.RejectionReason;
import dev.tollgate.Reverification;
import dev.tollgate.Session;
import dev.tollgate.SessionStatus;
import dev.tollgate.SessionVerifier;
import dev.tollgate.TokenVerificationException;
import dev.tollgate.examples.support.Json;
import dev.tollgate.examples.testing.Clocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

  private static final String ISSUER = "http://127.0.0.1:8787";
  private static final SigningKey KEY = SigningKey.generate();
  private static final TokenMinter MINTER = new TokenMinter(KEY, ISSUER, Clocks.fixed());
  private static final SessionVerifier VERIFIER = SessionVerifier.builder()
      .jwtKey(KEY.publicKeyPem())
      .issuer(ISSUER)
      .authorizedParties(TokenSpec.DEFAULT_AUTHORIZED_PARTY)
      .clock(Clocks.fixed())
      .acceptPending(true) // reads back the status of pending tokens
      .build();

  @AfterAll
  static void close() {
    VERIFIER.close();
  }

  @Test
  void mintWhenDefaultsThenClerkHeaderAndTimes() throws Exception {
    MintedToken minted = MINTER.mint(TokenSpec.builder().build());

    assertEquals("{\"alg\":\"RS256\",\"cat\":\"cl_B7d4PD111AAA\",\"kid\":\"" + KEY.keyId() + "\",\"typ\":\"JWT\"}",
        minted.header());
    Map<String, Object> claims = Json.parseObject(minted.claims());
    long now = Clocks.NOW.getEpochSecond();
    assertEquals(now, claims.get("iat"));
    assertEquals(now - 10, claims.get("nbf"));
    assertEquals(now + 60, claims.get("exp"));
    assertEquals(Clocks.NOW.plusSeconds(60), minted.expiresAt());
    assertEquals(List.copyOf(claims.keySet()), claims.keySet().stream().sorted().toList());
    Session session = VERIFIER.verify(minted.token());
    assertEquals(TokenSpec.DEFAULT_SUBJECT, session.userId());
    assertTrue(session.sessionId().startsWith("sess_"));
    assertEquals(2, session.claimsVersion());
    assertEquals(SessionStatus.ACTIVE, session.status());
    assertFalse(session.organization().isPresent());
  }

  @Test
  void mintWhenV2OrganizationWithPermissionsThenVerifierDecodesThem() throws Exception {
    Session session = VERIFIER.verify(MINTER.mint(TokenSpec.builder().orgId("org_1").orgSlug("acme").orgRole("admin")
        .permissions(List.of("org:billing:manage", "org:reports:read")).features(List.of("u:dashboard"))
        .plans(List.of("u:pro")).build()).token());

    assertEquals("org_1", session.organization().orElseThrow().id());
    assertEquals("org:admin", session.organization().orElseThrow().role().orElseThrow());
    assertEquals(List.of("org:billing:manage", "org:reports:read"), session.organization().orElseThrow().permissions());
    assertTrue(session.hasPermission("org:billing:manage"));
    assertTrue(session.hasFeature("u:dashboard"));
    assertTrue(session.hasPlan("u:pro"));
  }

  @Test
  void mintWhenV1OrganizationThenOrgClaims() throws Exception {
    MintedToken minted = MINTER.mint(TokenSpec.builder().claimsVersion(1).orgRole("member")
        .permissions(List.of("org:billing:manage")).build());
    Session session = VERIFIER.verify(minted.token());

    assertFalse(minted.claims().contains("\"v\""));
    assertFalse(minted.claims().contains("\"sts\""));
    assertEquals(1, session.claimsVersion());
    assertEquals("org:member", session.organization().orElseThrow().role().orElseThrow());
    assertEquals(List.of("org:billing:manage"), session.organization().orElseThrow().permissions());
  }

  @Test
  void mintWhenActorThenImpersonatedSession() throws Exception {
    Session session = VERIFIER.verify(MINTER.mint(TokenSpec.builder().actor("user_agent").build()).token());

    assertTrue(session.isImpersonated());
    assertEquals("user_agent", session.actor().orElseThrow().subject());
    assertEquals(TokenMinter.ACTOR_ISSUER, session.actor().orElseThrow().issuer().orElseThrow());
  }

  @Test
  void mintWhenFactorAgesThenReverificationFollowsThem() throws Exception {
    Session fresh = VERIFIER.verify(MINTER.mint(TokenSpec.builder().factorAges(2, 2).build()).token());
    Session stale = VERIFIER.verify(MINTER.mint(TokenSpec.builder().factorAges(30, 30).build()).token());
    Session none = VERIFIER.verify(MINTER.mint(TokenSpec.builder().noFactorAges().build()).token());

    assertEquals(new FactorVerificationAge(2, 2), fresh.factorVerificationAge().orElseThrow());
    assertTrue(fresh.isReverified(Reverification.STRICT));
    assertFalse(stale.isReverified(Reverification.STRICT));
    assertFalse(none.factorVerificationAge().isPresent());
  }

  @Test
  void mintWhenPendingThenStatusPending() throws Exception {
    Session session = VERIFIER.verify(MINTER.mint(TokenSpec.builder().status(SessionStatus.PENDING).build()).token());

    assertEquals(SessionStatus.PENDING, session.status());
  }

  @Test
  void mintWhenOlderThanLifetimeThenVerifierSaysExpired() {
    String token = MINTER.mint(TokenSpec.builder().age(Duration.ofSeconds(120)).build()).token();

    TokenVerificationException expired = assertThrows(TokenVerificationException.class, () -> VERIFIER.verify(token));
    assertEquals(RejectionReason.TOKEN_EXPIRED, expired.reason());
  }

  @Test
  void mintWhenCustomLifetimeThenExpiryFollows() throws Exception {
    MintedToken minted = MINTER.mint(TokenSpec.builder().lifetime(Duration.ofHours(1)).build());

    assertEquals(Clocks.NOW.plusSeconds(3600), VERIFIER.verify(minted.token()).expiresAt());
  }

  @Test
  void mintWhenOtherPartyOrIssuerThenVerifierRejects() {
    String otherParty = MINTER.mint(TokenSpec.builder().authorizedParty("https://evil.example").build()).token();
    String otherIssuer = MINTER.mint(TokenSpec.builder().issuer("https://clerk.evil.example").build()).token();

    assertEquals(RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
        assertThrows(TokenVerificationException.class, () -> VERIFIER.verify(otherParty)).reason());
    assertEquals(RejectionReason.TOKEN_INVALID_ISSUER,
        assertThrows(TokenVerificationException.class, () -> VERIFIER.verify(otherIssuer)).reason());
  }

  @Test
  void mintedTokenToStringWhenPrintedThenNoToken() {
    MintedToken minted = MINTER.mint(TokenSpec.builder().build());

    assertFalse(minted.toString().contains(minted.token()));
  }
}
