package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.StrictJson;
import dev.tollgate.testing.Fixtures;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Clerk's reverification vectors (clerk-fixtures/js-shared/reverification-vectors.json) through signed tokens.
 * Where Clerk's JavaScript and Go SDKs disagree (age equal to the threshold) the JavaScript answer is
 * expected. Configurations Clerk rejects at run time (unknown preset or level, afterMinutes missing or not
 * positive) cannot be built with the typed API, which is asserted instead.
 */
class ReverificationVectorsTest {

  private static final SessionVerifier VERIFIER = SessionVerifier.builder()
      .jwtKey(TestKeys.primaryPem())
      .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).build();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> file() {
    return StrictJson.parseObject(Fixtures.text("js-shared/reverification-vectors.json")
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @SuppressWarnings("unchecked")
  void presetsEqualClerksPresets() {
    Map<String, Object> presets = (Map<String, Object>) file().get("presets");
    presets.forEach((name, value) -> {
      Map<String, Object> preset = (Map<String, Object>) value;
      Reverification ours = Reverification.preset(name).orElseThrow();
      assertEquals(((Long) preset.get("afterMinutes")).intValue(), ours.afterMinutes(), name);
      assertEquals(preset.get("level"), ours.level().clerkName(), name);
    });
    assertEquals(4, presets.size());
  }

  @TestFactory
  @SuppressWarnings("unchecked")
  Stream<DynamicTest> everyVectorAnswersLikeClerksJavaScriptSdk() {
    List<Map<String, Object>> vectors = (List<Map<String, Object>>) file().get("vectors");
    assertEquals(26, vectors.size());
    return vectors.stream().map(vector -> DynamicTest.dynamicTest((String) vector.get("name"), () -> check(vector)));
  }

  private static void check(Map<String, Object> vector) throws Exception {
    boolean expected = (Boolean) (vector.containsKey("js_has") ? vector.get("js_has") : vector.get("js_has_computed"));
    Optional<Reverification> requirement = requirement(vector.get("reverification"));
    if (requirement.isEmpty()) {
      assertFalse(expected, "only configurations Clerk fails are unbuildable");
      return;
    }
    TestTokens.Builder token = TestTokens.token();
    if (vector.get("fva") != null) {
      token.claim("fva", vector.get("fva"));
    }
    Session session = VERIFIER.verify(token.build());
    assertEquals(expected, session.isReverified(requirement.get()));
    assertEquals(expected, session.has(AuthorizationCheck.reverification(requirement.get())));
  }

  /** Empty when the configuration cannot be built, after checking that building it indeed fails. */
  @SuppressWarnings("unchecked")
  private static Optional<Reverification> requirement(Object config) {
    if (config instanceof String) {
      return Reverification.preset((String) config);
    }
    Map<String, Object> object = (Map<String, Object>) config;
    Optional<Reverification.Level> level = Reverification.Level.fromClerkName((String) object.get("level"));
    Object minutes = object.get("afterMinutes");
    if (level.isEmpty()) {
      return Optional.empty();
    }
    if (!(minutes instanceof Long) || (Long) minutes <= 0) {
      int value = minutes instanceof Long ? ((Long) minutes).intValue() : 0;
      assertThrows(IllegalArgumentException.class, () -> Reverification.of(level.get(), value));
      return Optional.empty();
    }
    return Optional.of(Reverification.of(level.get(), ((Long) minutes).intValue()));
  }

  @Test
  void isReverifiedWhenAgeEqualsThresholdThenStaleAsInJavaScript() throws Exception {
    Session session = VERIFIER.verify(TestTokens.token().claim("fva", List.of(10, -1)).build());

    assertFalse(session.isReverified(Reverification.of(Reverification.Level.FIRST_FACTOR, 10)));
    assertTrue(session.isReverified(Reverification.of(Reverification.Level.FIRST_FACTOR, 11)));
  }
}
