package dev.tollgate.backend;

import dev.tollgate.test.tokens.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backend API response bodies in the shapes of Clerk's schema and SDK examples (see
 * {@code backend/PROVENANCE.md}). Every factory returns a fresh mutable map, so tests change members freely.
 */
final class TestSessions {

  static final String SESSION_ID = "sess_2tollgateSession";
  static final String USER_ID = "user_2tollgateUser";
  static final String CLIENT_ID = "client_2tollgateClient";
  static final String ORG_ID = "org_2tollgateOrg";
  static final String ACTIVITY_ID = "sess_activity_2tollgate";

  /** Times as the API sends them: Unix milliseconds, 13 digits. */
  static final long CREATED_AT = 1_700_000_000_123L;
  static final long LAST_ACTIVE_AT = 1_700_000_600_456L;
  static final long UPDATED_AT = 1_700_000_600_789L;
  static final long EXPIRE_AT = 1_700_604_800_123L;
  static final long ABANDON_AT = 1_702_592_000_123L;

  private TestSessions() {}

  /** The SDK documentation's example Session: required members only, status ended. */
  static Map<String, Object> minimal() {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("object", "session");
    session.put("id", "<id>");
    session.put("user_id", "<id>");
    session.put("client_id", "<id>");
    session.put("status", "ended");
    session.put("last_active_at", 660174L);
    session.put("expire_at", 290077L);
    session.put("abandon_at", 618016L);
    session.put("updated_at", 428769L);
    session.put("created_at", 135474L);
    return session;
  }

  /** A session with every member of the schema, nullable ones as null, status active. */
  static Map<String, Object> full() {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("object", "session");
    session.put("id", SESSION_ID);
    session.put("user_id", USER_ID);
    session.put("client_id", CLIENT_ID);
    session.put("actor", null);
    session.put("status", "active");
    session.put("last_active_organization_id", null);
    session.put("last_active_at", LAST_ACTIVE_AT);
    session.put("latest_activity", activity());
    session.put("expire_at", EXPIRE_AT);
    session.put("abandon_at", ABANDON_AT);
    session.put("updated_at", UPDATED_AT);
    session.put("created_at", CREATED_AT);
    session.put("tasks", null);
    return session;
  }

  /** {@link #full()} with an actor, an organization and a pending task: no member is null. */
  static Map<String, Object> fullWithoutNulls() {
    Map<String, Object> session = full();
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("sub", "user_2supportAgent");
    actor.put("iss", "https://dashboard.clerk.com");
    session.put("actor", actor);
    session.put("status", "pending");
    session.put("last_active_organization_id", ORG_ID);
    session.put("tasks", List.of(Map.of("key", "choose-organization")));
    return session;
  }

  /** A latest_activity object with every member. */
  static Map<String, Object> activity() {
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("object", "session_activity");
    activity.put("id", ACTIVITY_ID);
    activity.put("device_type", "Macintosh");
    activity.put("is_mobile", false);
    activity.put("browser_name", "Chrome");
    activity.put("browser_version", "131.0.0.0");
    activity.put("ip_address", "203.0.113.7");
    activity.put("city", "Berlin");
    activity.put("country", "DE");
    return activity;
  }

  /** A paginated list body: {@code {"data": [...], "total_count": n}}. */
  static Map<String, Object> page(long totalCount, List<Map<String, Object>> sessions) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("data", new ArrayList<>(sessions));
    page.put("total_count", totalCount);
    return page;
  }

  /** {@link #full()} with another id. */
  static Map<String, Object> withId(String id) {
    Map<String, Object> session = full();
    session.put("id", id);
    return session;
  }

  /** The token endpoint's body. */
  static String tokenBody(String jwt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", "token");
    body.put("jwt", jwt);
    return Json.write(body);
  }

  /** Clerk's error body. */
  static String errorBody(String code, String message, String longMessage, String traceId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("long_message", longMessage);
    error.put("code", code);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", List.of(error));
    body.put("clerk_trace_id", traceId);
    return Json.write(body);
  }

  static String json(Map<String, Object> body) {
    return Json.write(body);
  }
}
