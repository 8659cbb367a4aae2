package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenSpecTest {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final long NOW_SECONDS = NOW.getEpochSecond();
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String ISSUER = "https://clerk.tollgate.example";
  private static final SigningKey KEY = SigningKey.generate("ins_test_spec");
  private static final SigningKey OTHER_KEY = SigningKey.generate("ins_test_other");
  /** Marks a member the changed spec no longer writes. */
  private static final String REMOVED = "<removed>";
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  private static TokenSpec spec() {
    return TokenSpec.session(KEY, ISSUER, CLOCK);
  }

  private static DecodedToken signed(TokenSpec spec) {
    return DecodedToken.decode(spec.sign());
  }

  /** Header members as {@code header.<name>} and claims, but not the random {@code jti}, as JSON would read them. */
  private static Map<String, Object> view(TokenSpec spec) {
    Map<String, Object> view = new LinkedHashMap<>();
    DecodedToken.object(Json.write(spec.header())).forEach((name, value) -> view.put("header." + name, value));
    view.putAll(DecodedToken.object(Json.write(spec.claims())));
    view.remove("jti");
    return view;
  }

  /** What {@code after} writes differently from {@code before}: new values, or {@link #REMOVED}. */
  private static Map<String, Object> changes(TokenSpec before, TokenSpec after) {
    Map<String, Object> was = view(before);
    Map<String, Object> is = view(after);
    Map<String, Object> changes = new LinkedHashMap<>();
    is.forEach((name, value) -> {
      if (!was.containsKey(name) || !Objects.equals(was.get(name), value)) {
        changes.put(name, value);
      }
    });
    was.keySet().stream().filter(name -> !is.containsKey(name)).forEach(name -> changes.put(name, REMOVED));
    return changes;
  }

  @Test
  void signWhenDefaultThenHeaderIsAlgCatKidTypInThatOrder() {
    DecodedToken token = signed(spec());

    assertEquals(List.of("alg", "cat", "kid", "typ"), token.headerNames(), "header members in order");
    assertEquals("RS256", token.header().get("alg"), "alg");
    assertEquals("cl_B7d4PD111AAA", token.header().get("cat"), "cat (Clerk's session category)");
    assertEquals(KEY.keyId(), token.header().get("kid"), "kid");
    assertEquals("JWT", token.header().get("typ"), "typ");
  }

  @Test
  void signWhenDefaultThenClaimsAreClerksSessionClaimsInAlphabeticalOrder() {
    DecodedToken token = signed(spec().authorizedParty("https://app.tollgate.example"));

    assertEquals(List.of("azp", "exp", "fva", "iat", "iss", "jti", "nbf", "sid", "sts", "sub", "v"),
        token.claimNames(), "claim names in order");
    Map<String, Object> claims = token.claims();
    assertEquals("https://app.tollgate.example", claims.get("azp"), "azp");
    assertEquals(NOW_SECONDS + 60, claims.get("exp"), "exp = iat + 60");
    assertEquals(List.of(0L, -1L), claims.get("fva"), "fva");
    assertEquals(NOW_SECONDS, claims.get("iat"), "iat = the clock's now");
    assertEquals(ISSUER, claims.get("iss"), "iss");
    assertEquals(NOW_SECONDS - 10, claims.get("nbf"), "nbf = iat - 10");
    assertEquals(TokenSpec.DEFAULT_SESSION_ID, claims.get("sid"), "sid");
    assertEquals("active", claims.get("sts"), "sts");
    assertEquals(TokenSpec.DEFAULT_USER_ID, claims.get("sub"), "sub");
    assertEquals(2L, claims.get("v"), "v");
  }

  @Test
  void signWhenDefaultThenNoAuthorizedParty() {
    assertFalse(signed(spec()).claims().containsKey("azp"), "azp written by default");
  }

  @Test
  void signWhenSignedTwiceThenJtiIsTwentyIdCharactersAndDiffers() {
    TokenSpec spec = spec();
    String first = (String) signed(spec).claims().get("jti");
    String second = (String) signed(spec).claims().get("jti");

    assertTrue(first.matches("[0-9A-Za-z]{20}"), "jti not 20 id characters: " + first);
    assertTrue(second.matches("[0-9A-Za-z]{20}"), "jti not 20 id characters: " + second);
    assertNotEquals(first, second, "jti of two tokens from one spec");
  }

  @Test
  void signWhenDefaultThenSignatureVerifiesWithTheKeysPublicKey() {
    assertTrue(signed(spec()).verifies(KEY.publicKey(), RawJws.RS256), "RS256 signature with the key's public key");
  }

  @Test
  void mintWhenDefaultThenPartsAreWhatTheTokenCarries() {
    MintedToken minted = spec().mint();
    DecodedToken token = DecodedToken.decode(minted.token());

    assertEquals(token.header(), DecodedToken.object(minted.header()), "header JSON");
    assertEquals(token.claims(), DecodedToken.object(minted.claims()), "claims JSON");
    assertEquals(NOW.plusSeconds(60), minted.expiresAt(), "expiresAt");
  }

  @Test
  void claimsWhenCalledThenWhatSignWritesApartFromJti() {
    TokenSpec spec = spec().orgRole("admin").permissions("org:invoices:read").actor("user_admin");
    Map<String, Object> rendered = DecodedToken.object(Json.write(spec.claims()));
    Map<String, Object> written = new LinkedHashMap<>(signed(spec).claims());
    rendered.remove("jti");
    written.remove("jti");

    assertEquals(rendered, written, "claims() against the signed claims");
    assertEquals(List.copyOf(rendered.keySet()), List.copyOf(written.keySet()), "claim order");
  }

  static Stream<Arguments> withers() {
    return Stream.of(
        Arguments.of("userId", (UnaryOperator<TokenSpec>) s -> s.userId("user_2abc"), Map.of("sub", "user_2abc")),
        Arguments.of("sessionId", (UnaryOperator<TokenSpec>) s -> s.sessionId("sess_2abc"),
            Map.of("sid", "sess_2abc")),
        Arguments.of("issuer", (UnaryOperator<TokenSpec>) s -> s.issuer("https://other.example"),
            Map.of("iss", "https://other.example")),
        Arguments.of("authorizedParty", (UnaryOperator<TokenSpec>) s -> s.authorizedParty("https://app.example"),
            Map.of("azp", "https://app.example")),
        Arguments.of("organization", (UnaryOperator<TokenSpec>) s -> s.organization("org_2abc", "acme"),
            Map.of("o", Map.of("id", "org_2abc", "slg", "acme"))),
        Arguments.of("orgRole", (UnaryOperator<TokenSpec>) s -> s.orgRole("org:admin"),
            Map.of("o", Map.of("id", TokenSpec.DEFAULT_ORG_ID, "slg", TokenSpec.DEFAULT_ORG_SLUG, "rol", "admin"))),
        Arguments.of("permissions", (UnaryOperator<TokenSpec>) s -> s.permissions("org:invoices:read"),
            Map.of("fea", "o:invoices", "o", Map.of("id", TokenSpec.DEFAULT_ORG_ID, "slg",
                TokenSpec.DEFAULT_ORG_SLUG, "per", "read", "fpm", "1"))),
        Arguments.of("features", (UnaryOperator<TokenSpec>) s -> s.features("u:dashboard"),
            Map.of("fea", "u:dashboard")),
        Arguments.of("plans", (UnaryOperator<TokenSpec>) s -> s.plans("u:pro"), Map.of("pla", "u:pro")),
        Arguments.of("actor", (UnaryOperator<TokenSpec>) s -> s.actor("user_admin"),
            Map.of("act", Map.of("iss", TokenSpec.ACTOR_ISSUER, "sid", "sess_actor", "sub", "user_admin"))),
        Arguments.of("factorAges", (UnaryOperator<TokenSpec>) s -> s.factorAges(5, 10),
            Map.of("fva", List.of(5L, 10L))),
        Arguments.of("withoutFactorAges", (UnaryOperator<TokenSpec>) TokenSpec::withoutFactorAges,
            Map.of("fva", REMOVED)),
        Arguments.of("pending", (UnaryOperator<TokenSpec>) TokenSpec::pending, Map.of("sts", "pending")),
        Arguments.of("lifetime", (UnaryOperator<TokenSpec>) s -> s.lifetime(Duration.ofMinutes(5)),
            Map.of("exp", NOW_SECONDS + 300)),
        Arguments.of("claimsVersion", (UnaryOperator<TokenSpec>) s -> s.claimsVersion(1),
            Map.of("sts", REMOVED, "v", REMOVED)),
        Arguments.of("claim", (UnaryOperator<TokenSpec>) s -> s.claim("custom", "value"),
            Map.of("custom", "value")),
        Arguments.of("withoutClaim", (UnaryOperator<TokenSpec>) s -> s.withoutClaim("sid"), Map.of("sid", REMOVED)),
        Arguments.of("header", (UnaryOperator<TokenSpec>) s -> s.header("typ", "at+jwt"),
            Map.of("header.typ", "at+jwt")),
        Arguments.of("withoutHeader", (UnaryOperator<TokenSpec>) s -> s.withoutHeader("cat"),
            Map.of("header.cat", REMOVED)),
        Arguments.of("keyId", (UnaryOperator<TokenSpec>) s -> s.keyId("ins_other"), Map.of("header.kid", "ins_other")),
        Arguments.of("category", (UnaryOperator<TokenSpec>) s -> s.category(TokenCategory.MACHINE),
            Map.of("header.cat", "cl_B7d4PD333AAA")),
        Arguments.of("algorithm", (UnaryOperator<TokenSpec>) s -> s.algorithm("RS512"),
            Map.of("header.alg", "RS512")),
        Arguments.of("signedBy", (UnaryOperator<TokenSpec>) s -> s.signedBy(OTHER_KEY),
            Map.of("header.kid", OTHER_KEY.keyId())),
        Arguments.of("signedByUnknownKey", (UnaryOperator<TokenSpec>) TokenSpec::signedByUnknownKey, Map.of()),
        Arguments.of("tamperedSignature", (UnaryOperator<TokenSpec>) TokenSpec::tamperedSignature, Map.of()),
        Arguments.of("withoutOrganization", (UnaryOperator<TokenSpec>) TokenSpec::withoutOrganization, Map.of()),
        Arguments.of("withoutAuthorizedParty", (UnaryOperator<TokenSpec>) TokenSpec::withoutAuthorizedParty,
            Map.of()),
        Arguments.of("clock", (UnaryOperator<TokenSpec>) s -> s.clock(Clock.offset(CLOCK, Duration.ofSeconds(7))),
            Map.of("exp", NOW_SECONDS + 67, "iat", NOW_SECONDS + 7, "nbf", NOW_SECONDS - 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withers")
  void witherWhenAppliedThenOnlyItsFieldChangesAndTheOriginalStaysAsItWas(String wither,
      UnaryOperator<TokenSpec> change, Map<String, Object> expected) {
    TokenSpec original = spec();
    Map<String, Object> before = view(original);

    TokenSpec changed = change.apply(original);

    assertEquals(expected, changes(original, changed), wither + ": what changed");
    assertEquals(before, view(original), wither + ": the original spec after the change");
  }

  @Test
  void witherWhenUndoneThenBackToTheDefaults() {
    assertEquals(Map.of(), changes(spec(), spec().orgRole("admin").permissions("org:a:b").withoutOrganization()),
        "organization set and cleared");
    assertEquals(Map.of(), changes(spec(), spec().authorizedParty("https://app.example").withoutAuthorizedParty()),
        "azp set and cleared");
  }

  @Test
  void claimWhenValueIsMutatedLaterThenTheSpecKeepsWhatItWasGiven() {
    List<Object> audience = new ArrayList<>(List.of("api"));
    Map<String, Object> metadata = new LinkedHashMap<>(Map.of("tier", "gold"));
    TokenSpec spec = spec().claim("aud", audience).claim("metadata", metadata).header("x-list", audience);

    audience.add("attacker");
    metadata.put("tier", "free");

    Map<String, Object> claims = signed(spec).claims();
    assertEquals(List.of("api"), claims.get("aud"), "aud after the caller changed its list");
    assertEquals(Map.of("tier", "gold"), claims.get("metadata"), "metadata after the caller changed its map");
    assertEquals(List.of("api"), signed(spec).header().get("x-list"), "header after the caller changed its list");
  }

  @Test
  void signWhenVersion2OrganizationThenCompactOWithUnprefixedRolePermissionsAndFeatures() {
    DecodedToken token = signed(spec().organization("org_2abc", "acme").orgRole("org:admin")
        .permissions("org:invoices:read", "org:invoices:manage", "org:members:read"));

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", "org_2abc");
    expected.put("slg", "acme");
    expected.put("rol", "admin");
    expected.put("per", "read,manage");
    expected.put("fpm", "3,1");
    Map<?, ?> org = (Map<?, ?>) token.claims().get("o");
    assertEquals(expected, org, "o");
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(org.keySet()), "o member order");
    assertEquals("o:invoices,o:members", token.claims().get("fea"), "fea");
    assertEquals(2L, token.claims().get("v"), "v");
    for (String v1 : List.of("org_id", "org_role", "org_slug", "org_permissions")) {
      assertFalse(token.claims().containsKey(v1), "v2 token has " + v1);
    }
  }

  @Test
  void signWhenVersion1OrganizationThenOrgClaimsWithPrefixedRoleAndNoV() {
    DecodedToken token = signed(spec().claimsVersion(1).organization("org_2abc", "acme").orgRole("admin")
        .permissions("org:invoices:read", "org:members:manage"));

    assertEquals(List.of("exp", "fva", "iat", "iss", "jti", "nbf", "org_id", "org_permissions", "org_role",
        "org_slug", "sid", "sub"), token.claimNames(), "v1 claim names in order");
    assertEquals("org_2abc", token.claims().get("org_id"), "org_id");
    assertEquals(List.of("org:invoices:read", "org:members:manage"), token.claims().get("org_permissions"),
        "org_permissions");
    assertEquals("org:admin", token.claims().get("org_role"), "org_role");
    assertEquals("acme", token.claims().get("org_slug"), "org_slug");
  }

  @Test
  void signWhenVersion1WithoutOrganizationThenNoOrgClaimsAndNoSts() {
    assertEquals(List.of("exp", "fva", "iat", "iss", "jti", "nbf", "sid", "sub"),
        signed(spec().claimsVersion(1)).claimNames(), "v1 claim names");
  }

  @Test
  void signWhenVersion1PendingThenStsPending() {
    assertEquals("pending", signed(spec().claimsVersion(1).pending()).claims().get("sts"), "v1 pending sts");
  }

  @Test
  void signWhenFeaturesAndPlansThenCommaJoinedInOrder() {
    Map<String, Object> claims = signed(spec().features("u:dashboard", "o:reservations", "uo:chat")
        .plans("u:pro", "o:business")).claims();

    assertEquals("u:dashboard,o:reservations,uo:chat", claims.get("fea"), "fea");
    assertEquals("u:pro,o:business", claims.get("pla"), "pla");
  }

  @Test
  void signWhenFeaturesOrPlansOnVersion1ThenIllegalState() {
    TokenSpec features = spec().claimsVersion(1).features("u:dashboard");
    TokenSpec plans = spec().plans("u:pro").claimsVersion(1);

    assertEquals("features and plans are claims of version 2; use claimsVersion(2)",
        assertThrows(IllegalStateException.class, features::sign).getMessage(), "features on v1");
    assertEquals("features and plans are claims of version 2; use claimsVersion(2)",
        assertThrows(IllegalStateException.class, plans::sign).getMessage(), "plans on v1");
  }

  @Test
  void signWhenActorThenActNamesTheImpersonatorInAlphabeticalOrder() {
    Map<?, ?> act = (Map<?, ?>) signed(spec().actor("user_admin")).claims().get("act");

    assertEquals(List.of("iss", "sid", "sub"), List.copyOf(act.keySet()), "act member order");
    assertEquals(Map.of("iss", "https://dashboard.clerk.com", "sid", "sess_actor", "sub", "user_admin"), act, "act");
  }

  static Stream<Arguments> times() {
    long t = NOW_SECONDS;
    Instant fixed = Instant.parse("2025-01-02T03:04:05Z");
    long f = fixed.getEpochSecond();
    return Stream.of(
        Arguments.of("default", (UnaryOperator<TokenSpec>) s -> s, t, t - 10, t + 60),
        Arguments.of("expired", (UnaryOperator<TokenSpec>) TokenSpec::expired, t - 120, t - 130, t - 60),
        Arguments.of("expiredFor(5s)", (UnaryOperator<TokenSpec>) s -> s.expiredFor(Duration.ofSeconds(5)),
            t - 65, t - 75, t - 5),
        Arguments.of("expiredFor with lifetime", (UnaryOperator<TokenSpec>) s -> s.lifetime(Duration.ofSeconds(600))
            .expiredFor(Duration.ofSeconds(5)), t - 605, t - 615, t - 5),
        Arguments.of("notYetValid", (UnaryOperator<TokenSpec>) TokenSpec::notYetValid, t, t + 60, t + 60),
        Arguments.of("issuedInTheFuture", (UnaryOperator<TokenSpec>) TokenSpec::issuedInTheFuture,
            t + 60, t, t + 120),
        Arguments.of("age(30s)", (UnaryOperator<TokenSpec>) s -> s.age(Duration.ofSeconds(30)), t - 30, t - 40,
            t + 30),
        Arguments.of("issuedAt", (UnaryOperator<TokenSpec>) s -> s.issuedAt(fixed), f, f - 10, f + 60),
        Arguments.of("issuedAt after expired", (UnaryOperator<TokenSpec>) s -> s.expired().issuedAt(fixed),
            f, f - 10, f + 60),
        Arguments.of("expired after issuedAt", (UnaryOperator<TokenSpec>) s -> s.issuedAt(fixed).expired(),
            t - 120, t - 130, t - 60),
        Arguments.of("age after expired", (UnaryOperator<TokenSpec>) s -> s.expired().age(Duration.ofSeconds(30)),
            t - 30, t - 40, t + 30),
        Arguments.of("lifetime(1h)", (UnaryOperator<TokenSpec>) s -> s.lifetime(Duration.ofHours(1)), t, t - 10,
            t + 3600));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("times")
  void signWhenTimeVariantThenIatNbfExpAreExact(String variant, UnaryOperator<TokenSpec> change, long iat, long nbf,
      long exp) {
    MintedToken minted = change.apply(spec()).mint();
    Map<String, Object> claims = DecodedToken.decode(minted.token()).claims();

    assertEquals(iat, claims.get("iat"), variant + ": iat");
    assertEquals(nbf, claims.get("nbf"), variant + ": nbf");
    assertEquals(exp, claims.get("exp"), variant + ": exp");
    assertEquals(Instant.ofEpochSecond(exp), minted.expiresAt(), variant + ": expiresAt");
  }

  @Test
  void signWhenExpiredThenExpLiesInThePast() {
    long exp = (Long) signed(spec().expired()).claims().get("exp");

    assertTrue(exp < NOW_SECONDS, "exp " + exp + " not before now " + NOW_SECONDS);
  }

  @Test
  void claimWhenGivenThenOverridesWhatTheSpecWrites() {
    Map<String, Object> claims = signed(spec().claim("sub", "user_override").claim("aud", List.of("a", "b"))
        .claim("nbf", null)).claims();

    assertEquals("user_override", claims.get("sub"), "sub");
    assertEquals(List.of("a", "b"), claims.get("aud"), "aud");
    assertTrue(claims.containsKey("nbf"), "nbf written as null");
    assertEquals(null, claims.get("nbf"), "nbf");
    assertEquals(List.of("aud", "exp", "fva", "iat", "iss", "jti", "nbf", "sid", "sts", "sub", "v"),
        List.copyOf(claims.keySet()), "custom claims in alphabetical order");
  }

  @Test
  void withoutClaimWhenGivenThenNotWrittenAndALaterClaimUndoesIt() {
    assertFalse(signed(spec().withoutClaim("sub")).claims().containsKey("sub"), "sub after withoutClaim");
    assertEquals("user_back", signed(spec().withoutClaim("sub").claim("sub", "user_back")).claims().get("sub"),
        "sub after withoutClaim then claim");
    assertFalse(signed(spec().claim("custom", 1).withoutClaim("custom")).claims().containsKey("custom"),
        "custom after claim then withoutClaim");
  }

  @Test
  void headerWhenGivenThenOverridesOrAppendsAndALaterHeaderUndoesARemoval() {
    DecodedToken token = signed(spec().header("typ", "at+jwt").header("x5u", "https://keys.example"));

    assertEquals(List.of("alg", "cat", "kid", "typ", "x5u"), token.headerNames(), "header members");
    assertEquals("at+jwt", token.header().get("typ"), "typ");
    assertEquals(List.of("alg", "cat", "kid"), signed(spec().withoutHeader("typ")).headerNames(),
        "header without typ");
    assertEquals("JWT", signed(spec().withoutHeader("typ").header("typ", "JWT")).header().get("typ"),
        "typ after withoutHeader then header");
    assertFalse(signed(spec().header("x5u", "u").withoutHeader("x5u")).header().containsKey("x5u"),
        "x5u after header then withoutHeader");
  }

  @Test
  void headerWhenAlgOverriddenThenOnlyTheHeaderChangesAndTheSignatureStaysRs256() {
    DecodedToken token = signed(spec().header("alg", "none"));

    assertEquals("none", token.header().get("alg"), "alg");
    assertTrue(token.verifies(KEY.publicKey(), RawJws.RS256), "RS256 signature under alg none");
  }

  @Test
  void claimOrHeaderWhenValueIsNoJsonTypeThenRefused() {
    TokenSpec spec = spec();
    assertThrows(IllegalArgumentException.class, () -> spec.claim("x", new Object()), "claim of an Object");
    assertThrows(IllegalArgumentException.class, () -> spec.header("x", Set.of("a")), "header of a Set");
  }

  @Test
  void keyIdWhenGivenThenHeaderNamesItAndTheSigningKeyStillSigns() {
    DecodedToken token = signed(spec().keyId("ins_other"));

    assertEquals("ins_other", token.header().get("kid"), "kid");
    assertTrue(token.verifies(KEY.publicKey(), RawJws.RS256), "signature with the signing key");
  }

  @Test
  void categoryWhenGivenThenCatIsItsHeaderValue() {
    for (TokenCategory category : TokenCategory.values()) {
      assertEquals(category.headerValue(), signed(spec().category(category)).header().get("cat"), "cat " + category);
    }
  }

  @ParameterizedTest
  @MethodSource("rsaAlgorithms")
  void algorithmWhenRsaThenHeaderAlgAndSignatureOfThatAlgorithm(String algorithm, String jca) {
    DecodedToken token = signed(spec().algorithm(algorithm));

    assertEquals(algorithm, token.header().get("alg"), "alg");
    assertTrue(token.verifies(KEY.publicKey(), jca), algorithm + " signature with " + jca);
    for (String[] other : new String[][] {{"RS256", "SHA256withRSA"}, {"RS384", "SHA384withRSA"},
        {"RS512", "SHA512withRSA"}}) {
      if (!other[0].equals(algorithm)) {
        assertFalse(token.verifies(KEY.publicKey(), other[1]), algorithm + " signature verifies as " + other[0]);
      }
    }
  }

  static Stream<Arguments> rsaAlgorithms() {
    return Stream.of(Arguments.of("RS256", "SHA256withRSA"), Arguments.of("RS384", "SHA384withRSA"),
        Arguments.of("RS512", "SHA512withRSA"));
  }

  @Test
  void algorithmWhenNotRsaPkcs1ThenRefused() {
    for (String algorithm : List.of("HS256", "PS256", "ES256", "none", "rs256", "")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> spec().algorithm(algorithm), "algorithm " + algorithm);
      assertEquals("algorithm must be RS256, RS384 or RS512; use header(\"alg\", …) for others",
          refused.getMessage(), "message for " + algorithm);
    }
  }

  @Test
  void signedByWhenOtherKeyThenItsKidAndItsSignature() {
    DecodedToken token = signed(spec().signedBy(OTHER_KEY));

    assertEquals(OTHER_KEY.keyId(), token.header().get("kid"), "kid");
    assertTrue(token.verifies(OTHER_KEY.publicKey(), RawJws.RS256), "signature with the other key");
    assertFalse(token.verifies(KEY.publicKey(), RawJws.RS256), "signature with the first key");
  }

  @Test
  void signedByUnknownKeyWhenSignedThenKidKeptButSignatureFailsWithTheOriginalKey() {
    DecodedToken token = signed(spec().signedByUnknownKey());

    assertEquals(KEY.keyId(), token.header().get("kid"), "kid");
    assertFalse(token.verifies(KEY.publicKey(), RawJws.RS256), "forged signature verifies with the original key");
  }

  @Test
  void unknownKeyIdWhenSignedThenKidIsNewAndTheSignatureStillTheKeys() {
    DecodedToken token = signed(spec().unknownKeyId());
    String kid = (String) token.header().get("kid");

    assertTrue(kid.startsWith("ins_unknown_"), "kid " + kid);
    assertNotEquals(KEY.keyId(), kid, "kid");
    assertTrue(token.verifies(KEY.publicKey(), RawJws.RS256), "signature with the signing key");
  }

  @Test
  void tamperedSignatureWhenSignedThenOneBitDiffersAndTheSignatureNoLongerVerifies() {
    TokenSpec spec = spec().claim("jti", "fixed-jti-for-compare");
    DecodedToken genuine = signed(spec);
    DecodedToken tampered = signed(spec.tamperedSignature());

    assertEquals(genuine.signingInput(), tampered.signingInput(), "header and payload");
    byte[] a = genuine.signature();
    byte[] b = tampered.signature();
    assertEquals(a.length, b.length, "signature length");
    int bits = 0;
    for (int i = 0; i < a.length; i++) {
      bits += Integer.bitCount((a[i] ^ b[i]) & 0xff);
    }
    assertEquals(1, bits, "bits that differ between the genuine and the tampered signature");
    assertTrue(genuine.verifies(KEY.publicKey(), RawJws.RS256), "genuine signature");
    assertFalse(tampered.verifies(KEY.publicKey(), RawJws.RS256), "tampered signature verifies");
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        refusal("empty issuer", () -> TokenSpec.session(KEY, "", CLOCK), "issuer must not be empty"),
        refusal("empty userId", () -> spec().userId(""), "userId must not be empty"),
        refusal("empty sessionId", () -> spec().sessionId(""), "sessionId must not be empty"),
        refusal("empty issuer()", () -> spec().issuer(""), "issuer must not be empty"),
        refusal("empty authorizedParty", () -> spec().authorizedParty(""), "authorizedParty must not be empty"),
        refusal("empty organization id", () -> spec().organization("", "acme"),
            "organization id must not be empty"),
        refusal("empty organization slug", () -> spec().organization("org_1", ""),
            "organization slug must not be empty"),
        refusal("empty role", () -> spec().orgRole(""), "role must not be empty"),
        refusal("bare prefix role", () -> spec().orgRole("org:"), "role must be a name like admin or org:admin"),
        refusal("role with space", () -> spec().orgRole("ad min"), "role must be a name like admin or org:admin"),
        refusal("empty actor", () -> spec().actor(""), "actorUserId must not be empty"),
        refusal("empty keyId", () -> spec().keyId(""), "keyId must not be empty"),
        refusal("permission without org:", () -> spec().permissions("invoices:read"),
            "permissions must look like org:<feature>:<permission>"),
        refusal("permission without name", () -> spec().permissions("org:invoices:read", "org:invoices:"),
            "permissions must look like org:<feature>:<permission>"),
        refusal("feature of an unknown scope", () -> spec().features("x:dashboard"),
            "features must look like u:<name> or o:<name>"),
        refusal("feature without scope", () -> spec().features("dashboard"),
            "features must look like u:<name> or o:<name>"),
        refusal("plan without scope", () -> spec().plans("pro"), "plans must look like u:<name> or o:<name>"),
        refusal("claimsVersion 0", () -> spec().claimsVersion(0), "claimsVersion must be 1 or 2"),
        refusal("claimsVersion 3", () -> spec().claimsVersion(3), "claimsVersion must be 1 or 2"),
        refusal("zero lifetime", () -> spec().lifetime(Duration.ZERO), "lifetime must be positive"),
        refusal("negative lifetime", () -> spec().lifetime(Duration.ofSeconds(-1)), "lifetime must be positive"),
        refusal("first factor age -2", () -> spec().factorAges(-2, 0), "factor ages must be -1 or at least 0"),
        refusal("second factor age -2", () -> spec().factorAges(0, -2), "factor ages must be -1 or at least 0"));
  }

  private static Arguments refusal(String name, Executable call, String message) {
    return Arguments.of(name, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void witherWhenArgumentIsBadThenIllegalArgumentNamingIt(String name, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call, name).getMessage(), name);
  }

  @Test
  void factorAgesWhenMinusOneThenAccepted() {
    assertEquals(List.of(-1L, -1L), signed(spec().factorAges(-1, -1)).claims().get("fva"), "fva");
  }

  @Test
  void witherWhenNullThenNullPointerNamingTheArgument() {
    assertEquals("userId", assertThrows(NullPointerException.class, () -> spec().userId(null)).getMessage(),
        "userId(null)");
    assertEquals("key", assertThrows(NullPointerException.class, () -> TokenSpec.session(null, ISSUER, CLOCK))
        .getMessage(), "session(null key)");
    assertEquals("permissions", assertThrows(NullPointerException.class,
        () -> spec().permissions("org:a:b", null)).getMessage(), "permissions with null");
  }

  @Test
  void toStringWhenCalledThenNamesUserSessionAndKeyButNoToken() {
    TokenSpec spec = spec();
    String text = spec.toString();

    assertEquals("TokenSpec[sub=user_test, sid=sess_test, kid=ins_test_spec]", text, "toString");
  }

  @Test
  void signWhenOneSpecSignedFromSeveralThreadsThenValidDistinctTokens() throws Exception {
    TokenSpec spec = spec().orgRole("admin").permissions("org:invoices:read");
    int threads = 4;
    int perThread = 10;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<List<String>>> signers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      signers.add(() -> {
        start.await();
        List<String> tokens = new ArrayList<>();
        for (int j = 0; j < perThread; j++) {
          tokens.add(spec.sign());
        }
        return tokens;
      });
    }
    List<Future<List<String>>> results = new ArrayList<>();
    for (Callable<List<String>> signer : signers) {
      results.add(THREADS.submit(signer));
    }
    start.countDown();

    Map<String, Object> expected = view(spec);
    Set<String> jtis = new HashSet<>();
    for (Future<List<String>> result : results) {
      for (String token : result.get(30, TimeUnit.SECONDS)) {
        DecodedToken decoded = DecodedToken.decode(token);
        assertTrue(decoded.verifies(KEY.publicKey(), RawJws.RS256), "signature of a concurrently signed token");
        Map<String, Object> claims = new LinkedHashMap<>(decoded.claims());
        jtis.add((String) claims.remove("jti"));
        Map<String, Object> seen = new LinkedHashMap<>();
        decoded.header().forEach((name, value) -> seen.put("header." + name, value));
        seen.putAll(claims);
        assertEquals(expected, seen, "header and claims of a concurrently signed token");
      }
    }
    assertEquals(threads * perThread, jtis.size(), "distinct jti among " + threads * perThread + " tokens");
  }
}
