package dev.tollgate.backend;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tollgate.internal.JsonText;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link BackendSession} as Clerk's schema describes it, with Jackson's streaming generator: the schema's
 * members only, in the schema's order, times as Unix milliseconds, nullable members always present.
 */
final class SessionJsonWriter {

  private SessionJsonWriter() {}

  static String write(BackendSession session) {
    return JsonText.write(generator -> write(generator, session));
  }

  static void write(JsonGenerator generator, BackendSession session) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("object", SessionJson.SESSION_OBJECT);
    generator.writeStringField("id", session.id());
    generator.writeStringField("user_id", session.userId());
    generator.writeStringField("client_id", session.clientId());
    generator.writeFieldName("actor");
    JsonText.writeValue(generator, session.actor().orElse(null));
    generator.writeStringField("status", session.status().value());
    generator.writeFieldName("last_active_organization_id");
    JsonText.writeValue(generator, session.lastActiveOrganizationId().orElse(null));
    generator.writeNumberField("last_active_at", session.lastActiveAtMillis());
    generator.writeFieldName("latest_activity");
    SessionActivity activity = session.latestActivity().orElse(null);
    if (activity == null) {
      generator.writeNull();
    } else {
      writeActivity(generator, activity);
    }
    generator.writeNumberField("expire_at", session.expireAtMillis());
    generator.writeNumberField("abandon_at", session.abandonAtMillis());
    generator.writeNumberField("updated_at", session.updatedAtMillis());
    generator.writeNumberField("created_at", session.createdAtMillis());
    generator.writeFieldName("tasks");
    List<SessionTask> tasks = session.rawTasks();
    if (tasks == null) {
      generator.writeNull();
    } else {
      generator.writeStartArray();
      for (SessionTask task : tasks) {
        generator.writeStartObject();
        generator.writeStringField("key", task.key());
        generator.writeEndObject();
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
  }

  private static void writeActivity(JsonGenerator generator, SessionActivity activity) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("object", activity.object());
    generator.writeStringField("id", activity.id());
    writeOptional(generator, "device_type", activity.deviceType().orElse(null));
    generator.writeBooleanField("is_mobile", activity.isMobile());
    writeOptional(generator, "browser_name", activity.browserName().orElse(null));
    writeOptional(generator, "browser_version", activity.browserVersion().orElse(null));
    writeOptional(generator, "ip_address", activity.ipAddress().orElse(null));
    writeOptional(generator, "city", activity.city().orElse(null));
    writeOptional(generator, "country", activity.country().orElse(null));
    generator.writeEndObject();
  }

  private static void writeOptional(JsonGenerator generator, String name, @Nullable String value) throws IOException {
    if (value != null) {
      generator.writeStringField(name, value);
    }
  }
}
