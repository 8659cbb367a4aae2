package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Serialised sessions validated against Clerk's Session JSON Schema with a real validator; see
 * {@link SessionSchema} for the reading of {@code nullable}.
 */
class SessionJsonWriterTest {

  private static String written(Map<String, Object> body) {
    return SessionJsonWriter.write(BackendSession.fromJson(TestSessions.json(body)));
  }

  @Test
  void schemaWhenRewrittenThenExactlyTheFourNullableMembersAllowNull() {
    assertEquals(List.of("/properties/actor", "/properties/last_active_organization_id",
        "/properties/latest_activity", "/properties/tasks"), SessionSchema.REWRITTEN);
  }

  @Test
  void schemaWhenJsonBreaksItThenValidatorReportsViolations() {
    Map<String, Object> missing = TestSessions.full();
    missing.remove("user_id");
    Map<String, Object> extra = TestSessions.full();
    extra.put("surprise", true);
    Map<String, Object> wrongType = TestSessions.full();
    wrongType.put("expire_at", "soon");

    assertFalse(SessionSchema.violations(TestSessions.json(missing)).isEmpty());
    assertFalse(SessionSchema.violations(TestSessions.json(extra)).isEmpty());
    assertFalse(SessionSchema.violations(TestSessions.json(wrongType)).isEmpty());
  }

  @Test
  void writeWhenEveryMemberPresentThenValidatesAgainstSchema() {
    String json = written(TestSessions.full());

    assertEquals(List.of(), SessionSchema.violations(json));
  }

  @Test
  void writeWhenSdkExampleThenValidatesAgainstSchema() {
    assertEquals(List.of(), SessionSchema.violations(written(TestSessions.minimal())));
  }

  @Test
  void writeWhenNoMemberIsNullThenValidatesEvenAgainstPublishedSchema() {
    String json = written(TestSessions.fullWithoutNulls());

    assertEquals(List.of(), SessionSchema.violations(json));
    assertEquals(List.of(), SessionSchema.rawViolations(json));
  }

  @Test
  void writeWhenNullableMembersAreNullThenOnlyNullableReadingAccepts() {
    String json = written(TestSessions.full());

    assertTrue(json.contains("\"actor\":null"));
    assertTrue(json.contains("\"tasks\":null"));
    assertEquals(List.of(), SessionSchema.violations(json));
    assertFalse(SessionSchema.rawViolations(json).isEmpty(), "the published schema ignores nullable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "revoked", "ended", "expired", "removed", "abandoned", "replaced", "pending"})
  void writeWhenStatusIsKnownThenValidates(String status) {
    Map<String, Object> body = TestSessions.full();
    body.put("status", status);

    assertEquals(List.of(), SessionSchema.violations(written(body)));
  }

  @Test
  void writeWhenStatusIsUnknownThenRawValueWrittenAndOnlyStatusViolates() {
    Map<String, Object> body = TestSessions.full();
    body.put("status", "suspended");

    List<String> violations = SessionSchema.violations(written(body));

    assertEquals(1, violations.size());
    assertTrue(violations.get(0).contains("/status"), violations.get(0));
  }

  @Test
  void writeWhenUnknownMembersWereParsedThenLeftOutAndValid() {
    Map<String, Object> body = TestSessions.full();
    body.put("last_active_token", null);
    Map<String, Object> activity = TestSessions.activity();
    activity.put("region", "BE");
    body.put("latest_activity", activity);

    String json = written(body);

    assertFalse(json.contains("last_active_token"));
    assertFalse(json.contains("region"));
    assertEquals(List.of(), SessionSchema.violations(json));
  }

  @Test
  void writeWhenActivityOptionalMemberIsNullThenLeftOutAndValid() {
    Map<String, Object> activity = TestSessions.activity();
    activity.put("city", null);
    activity.remove("country");
    Map<String, Object> body = TestSessions.full();
    body.put("latest_activity", activity);

    String json = written(body);

    assertFalse(json.contains("city"));
    assertEquals(List.of(), SessionSchema.violations(json));
  }

  @Test
  void writeWhenSdkExampleThenSchemaOrderAndMillisecondIntegers() {
    assertEquals("{\"object\":\"session\",\"id\":\"<id>\",\"user_id\":\"<id>\",\"client_id\":\"<id>\","
        + "\"actor\":null,\"status\":\"ended\",\"last_active_organization_id\":null,\"last_active_at\":660174,"
        + "\"latest_activity\":null,\"expire_at\":290077,\"abandon_at\":618016,\"updated_at\":428769,"
        + "\"created_at\":135474,\"tasks\":null}", written(TestSessions.minimal()));
  }

  @Test
  void writeWhenActorHasNestedValuesThenWrittenAsParsed() {
    Map<String, Object> body = TestSessions.fullWithoutNulls();
    body.put("actor", Map.of("sub", "user_2agent", "scopes", List.of("read", 2L, true), "weight",
        new java.math.BigDecimal("0.5")));

    BackendSession session = BackendSession.fromJson(TestSessions.json(body));

    assertEquals(session.actor(), BackendSession.fromJson(session.toJson()).actor());
    assertEquals(List.of(), SessionSchema.violations(session.toJson()));
  }
}
