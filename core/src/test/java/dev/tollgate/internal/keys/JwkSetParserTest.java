package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.observability.KeyFetchFailure.Kind;
import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwkSetParserTest {

  private static KeySet parse(String json) throws KeySetException {
    return JwkSetParser.parse(json.getBytes(StandardCharsets.UTF_8), 1_000L, 300_000L);
  }

  @Test
  void parseWhenClerksMockJwksThenItsKeyIsUsableAndRestrictedToRs256() throws Exception {
    KeySet set = parse(Fixtures.text("js-backend/mockJwks.json"));
    VerificationKey key = set.usable("ins_2GIoQhbUpy0hX7B2cVkuTMinXoD");

    assertNotNull(key);
    assertEquals(JwsAlgorithm.RS256, key.algorithm());
    assertEquals(2048, key.publicKey().getModulus().bitLength());
    assertEquals(301_000L, set.freshUntilMillis());
  }

  @Test
  void parseWhenClerksPublicJwkWithKeyOpsVerifyIsServedInASetThenUsable() throws Exception {
    // publicJwks.json is one JWK without a kid; served in a set under a kid it must load.
    String jwk = Fixtures.text("js-backend/publicJwks.json").strip();
    KeySet set = parse("{\"keys\":[" + jwk.substring(0, jwk.length() - 1) + ",\"kid\":\"public\"}]}");

    assertEquals(Set.of("public"), set.usableKids());
    assertEquals(JwsAlgorithm.RS256, set.usable("public").algorithm());
  }

  @Test
  void parseWhenOneKeyIsBadThenOnlyThatKidIsUnusable() throws Exception {
    Map<String, Object> broken = TestJwks.jwk("broken", TestKeys.SECONDARY);
    broken.put("n", "!!!");
    KeySet set = parse(TestJwks.of(TestJwks.jwk("good", TestKeys.PRIMARY), broken));

    assertEquals(Set.of("good"), set.usableKids());
    assertEquals(new KeyLookup.Unusable("malformed RSA key"), set.lookup("broken"));
    assertEquals(KeyLookup.MISS, set.lookup("absent"));
  }

  @Test
  void parseWhenKidAppearsTwiceThenItIsUnusableAsAmbiguous() throws Exception {
    KeySet set = parse(TestJwks.of(TestJwks.jwk("good", TestKeys.PRIMARY), TestJwks.jwk("twice", TestKeys.PRIMARY),
        TestJwks.jwk("twice", TestKeys.SECONDARY)));

    assertEquals(Set.of("good"), set.usableKids());
    assertEquals(new KeyLookup.Unusable("kid appears more than once in the key set"), set.lookup("twice"));
  }

  @Test
  void parseWhenKeyHasNoKidThenIgnored() throws Exception {
    Map<String, Object> anonymous = TestJwks.jwk("x", TestKeys.SECONDARY);
    anonymous.remove("kid");
    KeySet set = parse(TestJwks.of(TestJwks.jwk("good", TestKeys.PRIMARY), anonymous));

    assertEquals(Set.of("good"), set.usableKids());
  }

  @Test
  void parseWhenDocumentIsNotAKeySetThenTypedFailure() {
    assertEquals(Kind.MALFORMED, assertThrows(KeySetException.class, () -> parse("<html>")).failure().kind());
    assertEquals(Kind.MALFORMED, assertThrows(KeySetException.class, () -> parse("{}")).failure().kind());
    assertEquals(Kind.MALFORMED, assertThrows(KeySetException.class, () -> parse("{\"keys\":{}}")).failure().kind());
    assertEquals(Kind.MALFORMED,
        assertThrows(KeySetException.class, () -> parse("{\"keys\":[],\"keys\":[]}")).failure().kind());
    assertEquals(Kind.NO_USABLE_KEYS, assertThrows(KeySetException.class, () -> parse("{\"keys\":[]}")).failure()
        .kind());
    assertEquals(Kind.NO_USABLE_KEYS,
        assertThrows(KeySetException.class, () -> parse("{\"keys\":[1,\"a\",null]}")).failure().kind());
  }

  @Test
  void parseWhenMoreThanAHundredKeysThenRefused() {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (int i = 0; i <= JwkSetParser.MAX_KEYS; i++) {
      keys.add(TestJwks.jwk("k" + i, TestKeys.PRIMARY));
    }
    @SuppressWarnings("unchecked")
    String json = TestJwks.of(keys.toArray(new Map[0]));

    assertEquals(Kind.TOO_MANY_KEYS, assertThrows(KeySetException.class, () -> parse(json)).failure().kind());
  }
}
