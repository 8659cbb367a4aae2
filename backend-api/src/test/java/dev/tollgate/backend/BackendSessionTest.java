package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackendSessionTest {

  private static BackendSession parse(Map<String, Object> body) {
    return BackendSession.fromJson(TestSessions.json(body));
  }

  private static String rejection(Map<String, Object> body) {
    return assertThrows(IllegalArgumentException.class, () -> parse(body)).getMessage();
  }

  @Test
  void fromJsonWhenEveryMemberPresentThenEachIsMapped() {
    BackendSession session = parse(TestSessions.full());

    assertEquals(TestSessions.SESSION_ID, session.id());
    assertEquals(TestSessions.USER_ID, session.userId());
    assertEquals(TestSessions.CLIENT_ID, session.clientId());
    assertSame(BackendSessionStatus.ACTIVE, session.status());
    assertTrue(session.isValid());
    assertTrue(session.actor().isEmpty());
    assertTrue(session.lastActiveOrganizationId().isEmpty());
    assertEquals(Instant.ofEpochMilli(TestSessions.LAST_ACTIVE_AT), session.lastActiveAt());
    assertEquals(Instant.ofEpochMilli(TestSessions.EXPIRE_AT), session.expireAt());
    assertEquals(Instant.ofEpochMilli(TestSessions.ABANDON_AT), session.abandonAt());
    assertEquals(Instant.ofEpochMilli(TestSessions.UPDATED_AT), session.updatedAt());
    assertEquals(Instant.ofEpochMilli(TestSessions.CREATED_AT), session.createdAt());
    assertEquals(Optional.of("Berlin"), session.latestActivity().orElseThrow().city());
    assertEquals(List.of(), session.tasks());
    assertTrue(session.unknownFields().isEmpty());
  }

  @Test
  void fromJsonWhenTimesAreMillisecondsThenInstantsKeepTheMilliseconds() {
    BackendSession session = parse(TestSessions.full());

    assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), session.createdAt());
  }

  @Test
  void fromJsonWhenSdkExampleWithRequiredMembersOnlyThenOptionalsEmpty() {
    BackendSession session = parse(TestSessions.minimal());

    assertEquals("<id>", session.id());
    assertSame(BackendSessionStatus.ENDED, session.status());
    assertFalse(session.isValid());
    assertEquals(Instant.ofEpochMilli(660174), session.lastActiveAt());
    assertEquals(Instant.ofEpochMilli(290077), session.expireAt());
    assertEquals(Instant.ofEpochMilli(618016), session.abandonAt());
    assertEquals(Instant.ofEpochMilli(428769), session.updatedAt());
    assertEquals(Instant.ofEpochMilli(135474), session.createdAt());
    assertTrue(session.actor().isEmpty());
    assertTrue(session.lastActiveOrganizationId().isEmpty());
    assertTrue(session.latestActivity().isEmpty());
    assertTrue(session.tasks().isEmpty());
  }

  @Test
  void fromJsonWhenActorOrganizationAndTasksPresentThenMapped() {
    BackendSession session = parse(TestSessions.fullWithoutNulls());

    assertEquals("user_2supportAgent", session.actor().orElseThrow().get("sub"));
    assertEquals(Optional.of(TestSessions.ORG_ID), session.lastActiveOrganizationId());
    assertSame(BackendSessionStatus.PENDING, session.status());
    assertEquals(List.of(new SessionTask("choose-organization")), session.tasks());
    assertEquals("choose-organization", session.tasks().get(0).key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "revoked", "ended", "expired", "removed", "abandoned", "replaced", "pending"})
  void fromJsonWhenStatusIsKnownThenItsConstant(String status) {
    Map<String, Object> body = TestSessions.full();
    body.put("status", status);

    BackendSession session = parse(body);

    assertSame(BackendSessionStatus.of(status), session.status());
    assertTrue(session.status().isKnown());
    assertEquals(status.equals("active") || status.equals("pending"), session.isValid());
  }

  @Test
  void fromJsonWhenStatusIsUnknownThenRawValueKeptAndNotValid() {
    Map<String, Object> body = TestSessions.full();
    body.put("status", "suspended");

    BackendSession session = parse(body);

    assertEquals("suspended", session.status().value());
    assertFalse(session.status().isKnown());
    assertFalse(session.isValid());
    assertTrue(session.toJson().contains("\"status\":\"suspended\""));
  }

  @Test
  void fromJsonWhenNewerApiAddsMembersThenKeptRawAndNotWritten() {
    Map<String, Object> body = TestSessions.full();
    body.put("last_active_token", Map.of("object", "token", "jwt", "x.y.z"));
    body.put("factor_verification_age", List.of(3L, 5L));

    BackendSession session = parse(body);

    assertEquals(List.of(3L, 5L), session.unknownFields().get("factor_verification_age"));
    assertEquals(Map.of("object", "token", "jwt", "x.y.z"), session.unknownFields().get("last_active_token"));
    assertFalse(session.toJson().contains("factor_verification_age"));
    assertThrows(UnsupportedOperationException.class, () -> session.unknownFields().clear());
  }

  @Test
  void fromJsonWhenNullableMembersAbsentOrNullThenSameSession() {
    Map<String, Object> absent = TestSessions.full();
    absent.remove("actor");
    absent.remove("last_active_organization_id");
    absent.remove("latest_activity");
    absent.remove("tasks");
    Map<String, Object> nulls = TestSessions.full();
    nulls.put("latest_activity", null);

    assertEquals(parse(nulls), parse(absent));
    assertTrue(parse(absent).latestActivity().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"object", "id", "user_id", "client_id", "status", "last_active_at", "expire_at",
      "abandon_at", "updated_at", "created_at"})
  void fromJsonWhenRequiredMemberMissingThenErrorNamesIt(String member) {
    Map<String, Object> body = TestSessions.full();
    body.remove(member);

    assertEquals("\"" + member + "\" is required but missing", rejection(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "user_id", "status", "expire_at"})
  void fromJsonWhenRequiredMemberNullThenErrorNamesIt(String member) {
    Map<String, Object> body = TestSessions.full();
    body.put(member, null);

    assertEquals("\"" + member + "\" must not be null", rejection(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"object", "id", "is_mobile"})
  void fromJsonWhenActivityRequiredMemberMissingThenErrorNamesItsPath(String member) {
    Map<String, Object> activity = TestSessions.activity();
    activity.remove(member);
    Map<String, Object> body = TestSessions.full();
    body.put("latest_activity", activity);

    assertEquals("\"latest_activity." + member + "\" is required but missing", rejection(body));
  }

  @Test
  void fromJsonWhenMembersHaveWrongTypesThenErrorNamesEach() {
    assertEquals("\"expire_at\" must be an integer", rejection(with("expire_at", "tomorrow")));
    assertEquals("\"last_active_at\" must be an integer", rejection(with("last_active_at", 1.5)));
    assertEquals("\"created_at\" is out of the 64-bit range",
        rejection(with("created_at", new java.math.BigInteger("99999999999999999999"))));
    assertEquals("\"created_at\" is out of the 64-bit range",
        rejection(with("created_at", new java.math.BigDecimal("1e30"))));
    assertEquals("\"user_id\" must be a string", rejection(with("user_id", 42L)));
    assertEquals("\"status\" must be a string", rejection(with("status", true)));
    assertEquals("\"actor\" must be an object or null", rejection(with("actor", "user_1")));
    assertEquals("\"last_active_organization_id\" must be a string or null",
        rejection(with("last_active_organization_id", 7L)));
    assertEquals("\"latest_activity\" must be an object", rejection(with("latest_activity", List.of())));
    assertEquals("\"tasks\" must be an array", rejection(with("tasks", Map.of("key", "x"))));
    assertEquals("\"tasks[1].key\" is required but missing",
        rejection(with("tasks", List.of(Map.of("key", "a"), Map.of("name", "b")))));
    assertEquals("\"tasks[0]\" must be an object", rejection(with("tasks", List.of("choose-organization"))));
  }

  @Test
  void fromJsonWhenActivityMemberHasWrongTypeThenErrorNamesItsPath() {
    Map<String, Object> activity = TestSessions.activity();
    activity.put("is_mobile", "no");
    activity.put("city", 5L);

    assertEquals("\"latest_activity.is_mobile\" must be a boolean", rejection(with("latest_activity", activity)));
  }

  @Test
  void fromJsonWhenObjectIsNotSessionThenRejected() {
    assertEquals("\"object\" must be \"session\"", rejection(with("object", "client")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{\"id\":\"a\",\"id\":\"b\"}", "{\"object\":\"session\",}", "{} {}", "nope"})
  void fromJsonWhenNotOneStrictJsonObjectThenRejected(String text) {
    IllegalArgumentException rejected =
        assertThrows(IllegalArgumentException.class, () -> BackendSession.fromJson(text));

    assertEquals("the body is not one strict JSON object", rejected.getMessage());
  }

  @Test
  void fromJsonWhenTimeIsAnIntegralDecimalThenAcceptedAsJsonSchemaIntegers() {
    String text = TestSessions.json(TestSessions.full()).replace(String.valueOf(TestSessions.EXPIRE_AT),
        "1.700604800123e12");

    assertEquals(Instant.ofEpochMilli(TestSessions.EXPIRE_AT), BackendSession.fromJson(text).expireAt());
  }

  @Test
  void toJsonWhenParsedAgainThenEqualSession() {
    for (Map<String, Object> body : List.of(TestSessions.full(), TestSessions.minimal(),
        TestSessions.fullWithoutNulls())) {
      BackendSession session = parse(body);

      assertEquals(session, BackendSession.fromJson(session.toJson()));
    }
  }

  @Test
  void toJsonWhenTasksEmptyThenEmptyArrayNotNull() {
    BackendSession session = parse(with("tasks", List.of()));

    assertTrue(session.toJson().contains("\"tasks\":[]"));
    assertTrue(session.tasks().isEmpty());
  }

  @Test
  void equalsWhenAnyMemberDiffersThenNotEqual() {
    BackendSession session = parse(TestSessions.full());

    assertEquals(session, parse(TestSessions.full()));
    assertEquals(session.hashCode(), parse(TestSessions.full()).hashCode());
    assertNotEquals(session, parse(with("updated_at", TestSessions.UPDATED_AT + 1)));
    assertNotEquals(session, parse(with("status", "revoked")));
    assertNotEquals(session, parse(with("extra", "x")));
  }

  @Test
  void toStringWhenActivityPresentThenIdsAndStatusButNoLocation() {
    String text = parse(TestSessions.full()).toString();

    assertTrue(text.contains(TestSessions.SESSION_ID));
    assertTrue(text.contains("status=active"));
    assertFalse(text.contains("203.0.113.7"));
    assertFalse(text.contains("Berlin"));
    assertFalse(text.contains("DE"), text);
  }

  private static Map<String, Object> with(String member, Object value) {
    Map<String, Object> body = TestSessions.full();
    body.put(member, value);
    return body;
  }
}
