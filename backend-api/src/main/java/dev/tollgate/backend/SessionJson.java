package dev.tollgate.backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps Clerk's Session JSON onto {@link BackendSession}: strict on the schema's required members and types, tolerant of
 * unknown statuses and members (kept raw).
 */
final class SessionJson {

  /** The members of Clerk's Session schema, in the schema's order. */
  static final Set<String> SESSION_MEMBERS = Set.of("object", "id", "user_id", "client_id", "actor", "status",
      "last_active_organization_id", "last_active_at", "latest_activity", "expire_at", "abandon_at", "updated_at",
      "created_at", "tasks");

  /** The members of the schema's {@code latest_activity} object. */
  static final Set<String> ACTIVITY_MEMBERS = Set.of("object", "id", "device_type", "is_mobile", "browser_name",
      "browser_version", "ip_address", "city", "country");

  /** The value of {@code object} for a session. */
  static final String SESSION_OBJECT = "session";

  private SessionJson() {}

  /** Parses a body that is one Session object. */
  static BackendSession parse(byte[] utf8) {
    return read(JsonFields.parse(utf8));
  }

  /** Reads one Session object. */
  static BackendSession read(JsonFields json) {
    String object = json.requireString("object");
    if (!SESSION_OBJECT.equals(object)) {
      throw new JsonShapeException(json.path("object"), "must be \"session\"");
    }
    BackendSession.Parts parts = new BackendSession.Parts();
    parts.id = json.requireString("id");
    parts.userId = json.requireString("user_id");
    parts.clientId = json.requireString("client_id");
    parts.status = BackendSessionStatus.of(json.requireString("status"));
    parts.actor = json.optionalRawObject("actor");
    parts.lastActiveOrganizationId = json.optionalString("last_active_organization_id");
    parts.lastActiveAt = json.requireInteger("last_active_at");
    JsonFields activity = json.optionalObject("latest_activity");
    parts.latestActivity = activity == null ? null : readActivity(activity);
    parts.expireAt = json.requireInteger("expire_at");
    parts.abandonAt = json.requireInteger("abandon_at");
    parts.updatedAt = json.requireInteger("updated_at");
    parts.createdAt = json.requireInteger("created_at");
    parts.tasks = readTasks(json);
    parts.unknownFields = json.unknownMembers(SESSION_MEMBERS);
    return new BackendSession(parts);
  }

  /**
   * The activity's optional members are strings in the schema; {@code null} is read as absent (and written back
   * as absent), since a client must not fail on it.
   */
  private static SessionActivity readActivity(JsonFields json) {
    return new SessionActivity(json.requireString("object"), json.requireString("id"), json.requireBoolean("is_mobile"),
        json.optionalString("device_type"), json.optionalString("browser_name"),
        json.optionalString("browser_version"), json.optionalString("ip_address"), json.optionalString("city"),
        json.optionalString("country"), json.unknownMembers(ACTIVITY_MEMBERS));
  }

  private static @Nullable List<SessionTask> readTasks(JsonFields json) {
    List<@Nullable Object> elements = json.optionalArray("tasks");
    if (elements == null) {
      return null;
    }
    List<SessionTask> tasks = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonFields task = JsonFields.of(elements.get(i), json.path("tasks") + "[" + i + "]");
      tasks.add(new SessionTask(task.requireString("key")));
    }
    return Collections.unmodifiableList(tasks);
  }
}
