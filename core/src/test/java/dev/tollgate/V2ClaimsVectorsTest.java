package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.StrictJson;
import dev.tollgate.test.tokens.Json;
import dev.tollgate.test.tokens.TokenSpec;
import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 30 claim-mapping vectors transcribed from Clerk's tests (clerk-fixtures/js-shared/v2-claims-vectors.json):
 * each payload is signed, verified, and its organization and {@code has()} answers compared with the
 * JavaScript SDK's. Each is then minted again by the test kit's {@link TokenSpec} from the session it decoded to
 * (the kit's own {@code o}/{@code fea}/{@code per}/{@code fpm} encoding) and must give the same answers.
 */
class V2ClaimsVectorsTest {

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> vectors() {
    Map<String, Object> file = StrictJson.parseObject(
        Fixtures.text("js-shared/v2-claims-vectors.json").getBytes(StandardCharsets.UTF_8));
    return (List<Map<String, Object>>) file.get("vectors");
  }

  @TestFactory
  Stream<DynamicTest> everyVectorMapsLikeClerksJavaScriptSdk() {
    List<Map<String, Object>> vectors = vectors();
    assertEquals(30, vectors.size(), "the fixture holds 30 vectors");
    return vectors.stream().map(vector -> DynamicTest.dynamicTest((String) vector.get("name"), () -> check(vector)));
  }

  @TestFactory
  Stream<DynamicTest> everyVectorWhenMintedAgainByTheTestKitThenSameOrganizationAndAnswers() {
    return vectors().stream().map(vector -> DynamicTest.dynamicTest((String) vector.get("name"),
        () -> checkMintedAgain(vector)));
  }

  @SuppressWarnings("unchecked")
  private static void checkMintedAgain(Map<String, Object> vector) throws Exception {
    Session decoded = verify((Map<String, Object>) vector.get("claims"));
    TokenSpec spec = TokenSpec.session(TestKeys.PRIMARY_KEY, TestTokens.ISSUER, Clock.fixed(TestTokens.NOW,
        ZoneOffset.UTC)).claimsVersion(decoded.claimsVersion());
    if (decoded.organization().isPresent()) {
      Organization org = decoded.organization().get();
      spec = spec.organization(org.id(), org.slug().orElse(TokenSpec.DEFAULT_ORG_SLUG))
          .permissions(org.permissions().toArray(String[]::new));
      spec = org.role().isPresent() ? spec.orgRole(org.role().get()) : spec;
    }
    if (decoded.claimsVersion() == 2) {
      spec = spec.features(decoded.features().toArray(String[]::new)).plans(decoded.plans().toArray(String[]::new));
    }
    Session minted = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).build().verify(spec.sign());

    assertEquals(decoded.organization().map(Organization::id), minted.organization().map(Organization::id), "id");
    // The kit writes v1 roles with their org: prefix, as Clerk does; one vector leaves it out.
    assertEquals(decoded.organization().flatMap(Organization::role).map(role -> role.replaceFirst("^(?!org:)", "org:")),
        minted.organization().flatMap(Organization::role), "role");
    assertEquals(decoded.organization().map(Organization::permissions),
        minted.organization().map(Organization::permissions), "permissions, in order");
    assertEquals(decoded.features(), minted.features(), "features");
    assertEquals(decoded.plans(), minted.plans(), "plans");
    checkAnswers(vector, minted);
  }

  @SuppressWarnings("unchecked")
  private static void check(Map<String, Object> vector) throws Exception {
    Map<String, Object> claims = (Map<String, Object>) vector.get("claims");
    Session session = verify(claims);
    Map<String, Object> expect = (Map<String, Object>) vector.get("expect");
    if (expect != null) {
      checkOrganization(session, expect);
    }
    Object equivalent = vector.get("equivalent_v1_claims");
    if (equivalent != null) {
      assertEquals(session.organization(), verify((Map<String, Object>) equivalent).organization(),
          "v1 and v2 claims map to the same organization");
    }
    checkAnswers(vector, session);
  }

  /** The vector's {@code has()} pairs, answered by this session. */
  @SuppressWarnings("unchecked")
  private static void checkAnswers(Map<String, Object> vector, Session session) {
    List<List<Object>> has = (List<List<Object>>) vector.get("has");
    if (has != null) {
      for (List<Object> pair : has) {
        AuthorizationCheck check = toCheck((Map<String, Object>) pair.get(0));
        assertEquals(pair.get(1), session.has(check), () -> "has(" + pair.get(0) + ")");
      }
    }
  }

  /**
   * Vectors taken from Clerk's auth-object tests carry no registered claims; a verifier requires exp, so
   * iat/exp are added for those (they take no part in the mapping under test).
   */
  private static Session verify(Map<String, Object> vectorClaims) throws Exception {
    Map<String, Object> claims = new java.util.LinkedHashMap<>(vectorClaims);
    claims.putIfAbsent("iat", TestTokens.NOW.getEpochSecond());
    claims.putIfAbsent("exp", (Long) claims.get("iat") + 60);
    long iat = (Long) claims.get("iat");
    String token = TestTokens.signRaw("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", Json.write(claims),
        TestKeys.PRIMARY.getPrivate());
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(Instant.ofEpochSecond(iat), ZoneOffset.UTC)).build();
    return verifier.verify(token);
  }

  @SuppressWarnings("unchecked")
  private static void checkOrganization(Session session, Map<String, Object> expect) {
    Optional<Organization> org = session.organization();
    if (expect.containsKey("orgId")) {
      assertEquals(Optional.ofNullable(expect.get("orgId")), org.map(Organization::id), "orgId");
    }
    if (expect.containsKey("orgRole")) {
      assertEquals(Optional.ofNullable(expect.get("orgRole")), org.flatMap(Organization::role), "orgRole");
    }
    if (expect.containsKey("orgSlug")) {
      assertEquals(Optional.ofNullable(expect.get("orgSlug")), org.flatMap(Organization::slug), "orgSlug");
    }
    if (expect.containsKey("orgPermissions")) {
      Object permissions = expect.get("orgPermissions");
      if (permissions == null) {
        assertTrue(org.isEmpty(), "no organization, so no permissions");
      } else {
        assertEquals(permissions, org.orElseThrow().permissions(), "orgPermissions in order");
      }
    }
    if (expect.containsKey("orgPermissions_sorted")) {
      List<String> sorted = new ArrayList<>(org.orElseThrow().permissions());
      sorted.sort(null);
      assertEquals(expect.get("orgPermissions_sorted"), sorted, "orgPermissions (sorted)");
    }
  }

  private static AuthorizationCheck toCheck(Map<String, Object> params) {
    AuthorizationCheckBuilder builder = AuthorizationCheck.builder();
    params.forEach((name, value) -> {
      switch (name) {
        case "role":
          builder.role((String) value);
          break;
        case "permission":
          builder.permission((String) value);
          break;
        case "feature":
          builder.feature((String) value);
          break;
        case "plan":
          builder.plan((String) value);
          break;
        default:
          throw new IllegalArgumentException("unknown has() parameter " + name);
      }
    });
    return builder.build();
  }
}
