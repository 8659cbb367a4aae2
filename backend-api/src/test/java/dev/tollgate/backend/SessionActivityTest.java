package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionActivityTest {

  private static SessionActivity activity(Map<String, Object> activity) {
    Map<String, Object> session = TestSessions.full();
    session.put("latest_activity", activity);
    return BackendSession.fromJson(TestSessions.json(session)).latestActivity().orElseThrow();
  }

  @Test
  void accessorsWhenEveryMemberPresentThenEachIsMapped() {
    SessionActivity activity = activity(TestSessions.activity());

    assertEquals(TestSessions.ACTIVITY_ID, activity.id());
    assertFalse(activity.isMobile());
    assertEquals(Optional.of("Macintosh"), activity.deviceType());
    assertEquals(Optional.of("Chrome"), activity.browserName());
    assertEquals(Optional.of("131.0.0.0"), activity.browserVersion());
    assertEquals(Optional.of("203.0.113.7"), activity.ipAddress());
    assertEquals(Optional.of("Berlin"), activity.city());
    assertEquals(Optional.of("DE"), activity.country());
    assertTrue(activity.unknownFields().isEmpty());
  }

  @Test
  void accessorsWhenOnlyRequiredMembersThenOptionalsEmpty() {
    SessionActivity activity = activity(Map.of("object", "session_activity", "id", "act_1", "is_mobile", true));

    assertTrue(activity.isMobile());
    assertTrue(activity.deviceType().isEmpty());
    assertTrue(activity.browserName().isEmpty());
    assertTrue(activity.browserVersion().isEmpty());
    assertTrue(activity.ipAddress().isEmpty());
    assertTrue(activity.city().isEmpty());
    assertTrue(activity.country().isEmpty());
  }

  @Test
  void unknownFieldsWhenNewerApiAddsMembersThenKeptRaw() {
    Map<String, Object> raw = TestSessions.activity();
    raw.put("region", "BE");
    raw.put("risk_score", 7L);

    SessionActivity activity = activity(raw);

    assertEquals(Map.of("region", "BE", "risk_score", 7L), activity.unknownFields());
  }

  @Test
  void toStringWhenLocatedThenNoIpAddressCityOrCountry() {
    String text = activity(TestSessions.activity()).toString();

    assertTrue(text.contains(TestSessions.ACTIVITY_ID));
    assertTrue(text.contains("Chrome"));
    assertFalse(text.contains("203.0.113.7"));
    assertFalse(text.contains("Berlin"));
    assertFalse(text.contains("DE"));
  }

  @Test
  void equalsWhenSameMembersThenEqualElseNot() {
    Map<String, Object> other = TestSessions.activity();
    other.put("city", "Paris");

    assertEquals(activity(TestSessions.activity()), activity(TestSessions.activity()));
    assertEquals(activity(TestSessions.activity()).hashCode(), activity(TestSessions.activity()).hashCode());
    assertNotEquals(activity(TestSessions.activity()), activity(other));
  }
}
