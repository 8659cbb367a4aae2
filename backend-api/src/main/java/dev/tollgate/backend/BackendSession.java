package dev.tollgate.backend;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Clerk's Backend API Session object, as its JSON Schema gives it: ids, {@link BackendSessionStatus}, actor,
 * last active organization, {@linkplain SessionActivity latest activity}, the last-active, expiry, abandonment,
 * update and creation times, and {@linkplain SessionTask tasks}.
 *
 * <p>This is not {@link dev.tollgate.Session}, the verified session token: that one comes from a
 * {@link dev.tollgate.SessionVerifier} without network calls; this one comes from {@link Sessions} over HTTP
 * (see the {@linkplain dev.tollgate.backend package documentation}).
 *
 * <p><strong>Times.</strong> The API sends Unix timestamps in milliseconds; they are exposed as
 * {@link Instant}s and written back as the same integers.
 *
 * <p><strong>Parsing</strong> ({@link #fromJson(String)}) is strict where the schema is: {@code object} must be
 * {@code "session"}, every required member must be present with its type, and the error names the member. It is
 * tolerant where a client must be: an unknown {@code status} is kept as it came
 * ({@link BackendSessionStatus#isKnown()}), and members the schema does not list are kept in
 * {@link #unknownFields()}.
 *
 * <p><strong>Serialising</strong> ({@link #toJson()}) writes the schema's members only, so the output
 * validates against the schema whenever the status is a known one. The nullable members ({@code actor},
 * {@code last_active_organization_id}, {@code latest_activity}, {@code tasks}) are always written, as
 * {@code null} when absent, the way the Backend API sends them. Immutable and thread-safe.
 *
 * @see <a href="https://clerk.com/docs/reference/backend-api/tag/Sessions">Clerk Backend API: Sessions</a>
 */
public final class BackendSession {

  private final String id;
  private final String userId;
  private final String clientId;
  private final BackendSessionStatus status;
  private final @Nullable Map<String, @Nullable Object> actor;
  private final @Nullable String lastActiveOrganizationId;
  private final long lastActiveAt;
  private final @Nullable SessionActivity latestActivity;
  private final long expireAt;
  private final long abandonAt;
  private final long updatedAt;
  private final long createdAt;
  private final @Nullable List<SessionTask> tasks;
  private final Map<String, @Nullable Object> unknownFields;

  BackendSession(Parts parts) {
    this.id = Objects.requireNonNull(parts.id, "id");
    this.userId = Objects.requireNonNull(parts.userId, "userId");
    this.clientId = Objects.requireNonNull(parts.clientId, "clientId");
    this.status = Objects.requireNonNull(parts.status, "status");
    this.actor = parts.actor;
    this.lastActiveOrganizationId = parts.lastActiveOrganizationId;
    this.lastActiveAt = parts.lastActiveAt;
    this.latestActivity = parts.latestActivity;
    this.expireAt = parts.expireAt;
    this.abandonAt = parts.abandonAt;
    this.updatedAt = parts.updatedAt;
    this.createdAt = parts.createdAt;
    this.tasks = parts.tasks;
    this.unknownFields = Objects.requireNonNull(parts.unknownFields, "unknownFields");
  }

  /**
   * Parses one Session object, for example from a webhook payload's {@code data} or a stored response.
   *
   * @param json the JSON text of one Session object
   * @return the session
   * @throws IllegalArgumentException if the text is not strict JSON (RFC 8259, no duplicate names) or does not
   *     follow the schema; the message names the offending member, for example {@code latest_activity.is_mobile}
   */
  public static BackendSession fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return SessionJson.parse(json.getBytes(StandardCharsets.UTF_8));
    } catch (JsonShapeException malformed) {
      throw new IllegalArgumentException(malformed.getMessage(), malformed);
    }
  }

  /**
   * Writes this session as the Backend API does; see the class documentation for what is written.
   *
   * @return compact JSON text
   */
  public String toJson() {
    return SessionJsonWriter.write(this);
  }

  /** @return the session id ({@code id}), for example {@code sess_…} */
  public String id() {
    return id;
  }

  /** @return the user id ({@code user_id}) */
  public String userId() {
    return userId;
  }

  /** @return the id of the client (browser or device) the session lives on ({@code client_id}) */
  public String clientId() {
    return clientId;
  }

  /** @return the status, known or not */
  public BackendSessionStatus status() {
    return status;
  }

  /**
   * Whether the session is still valid: its {@link BackendSessionStatus#isValid() status} is {@code active} or
   * {@code pending}. This looks at the status only, not at {@link #expireAt()} against a clock.
   *
   * @return {@code false} for expired, removed, replaced, ended, abandoned, revoked and unknown statuses
   */
  public boolean isValid() {
    return status.isValid();
  }

  /**
   * The actor of an impersonation ({@code actor}), as the raw object: for example {@code {"sub": "user_…"}}.
   *
   * @return an unmodifiable map, empty when the member is {@code null} or absent
   */
  public Optional<Map<String, @Nullable Object>> actor() {
    return Optional.ofNullable(actor);
  }

  /** @return the id of the organization last active in this session ({@code last_active_organization_id}) */
  public Optional<String> lastActiveOrganizationId() {
    return Optional.ofNullable(lastActiveOrganizationId);
  }

  /** @return when the session was last active ({@code last_active_at}) */
  public Instant lastActiveAt() {
    return Instant.ofEpochMilli(lastActiveAt);
  }

  /** @return the latest activity ({@code latest_activity}), when the API sends one */
  public Optional<SessionActivity> latestActivity() {
    return Optional.ofNullable(latestActivity);
  }

  /** @return when the session expires ({@code expire_at}) */
  public Instant expireAt() {
    return Instant.ofEpochMilli(expireAt);
  }

  /** @return when the session is abandoned if it stays inactive ({@code abandon_at}) */
  public Instant abandonAt() {
    return Instant.ofEpochMilli(abandonAt);
  }

  /** @return when the session was last updated ({@code updated_at}) */
  public Instant updatedAt() {
    return Instant.ofEpochMilli(updatedAt);
  }

  /** @return when the session was created ({@code created_at}) */
  public Instant createdAt() {
    return Instant.ofEpochMilli(createdAt);
  }

  /**
   * The session's pending tasks ({@code tasks}).
   *
   * @return an unmodifiable list, empty when the member is {@code null}, absent or empty
   */
  public List<SessionTask> tasks() {
    return tasks == null ? List.of() : tasks;
  }

  /**
   * Members the schema does not list, from a newer API, as parsed (the value types of
   * {@link SessionActivity#unknownFields()}). They are not written back by {@link #toJson()}: the schema allows
   * no additional members.
   *
   * @return an unmodifiable map, empty when the API sent nothing new
   */
  public Map<String, @Nullable Object> unknownFields() {
    return unknownFields;
  }

  /** {@code tasks} as sent: {@code null} when absent or {@code null}, else the list (possibly empty). */
  @Nullable List<SessionTask> rawTasks() {
    return tasks;
  }

  long lastActiveAtMillis() {
    return lastActiveAt;
  }

  long expireAtMillis() {
    return expireAt;
  }

  long abandonAtMillis() {
    return abandonAt;
  }

  long updatedAtMillis() {
    return updatedAt;
  }

  long createdAtMillis() {
    return createdAt;
  }

  /** Sessions are equal when every member, unknown ones included, is. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof BackendSession)) {
      return false;
    }
    BackendSession that = (BackendSession) other;
    return id.equals(that.id) && userId.equals(that.userId) && clientId.equals(that.clientId)
        && status.equals(that.status) && Objects.equals(actor, that.actor)
        && Objects.equals(lastActiveOrganizationId, that.lastActiveOrganizationId)
        && lastActiveAt == that.lastActiveAt && Objects.equals(latestActivity, that.latestActivity)
        && expireAt == that.expireAt && abandonAt == that.abandonAt && updatedAt == that.updatedAt
        && createdAt == that.createdAt && Objects.equals(tasks, that.tasks) && unknownFields.equals(that.unknownFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, clientId, status, actor, lastActiveOrganizationId, lastActiveAt,
        latestActivity, expireAt, abandonAt, updatedAt, createdAt, tasks, unknownFields);
  }

  /** Ids, status and times; no activity details. */
  @Override
  public String toString() {
    return "BackendSession[id=" + id + ", userId=" + userId + ", clientId=" + clientId + ", status=" + status
        + ", expireAt=" + expireAt() + ", abandonAt=" + abandonAt() + "]";
  }

  /** Mutable carrier from the parser to the constructor. */
  static final class Parts {
    @Nullable String id;
    @Nullable String userId;
    @Nullable String clientId;
    @Nullable BackendSessionStatus status;
    @Nullable Map<String, @Nullable Object> actor;
    @Nullable String lastActiveOrganizationId;
    long lastActiveAt;
    @Nullable SessionActivity latestActivity;
    long expireAt;
    long abandonAt;
    long updatedAt;
    long createdAt;
    @Nullable List<SessionTask> tasks;
    @Nullable Map<String, @Nullable Object> unknownFields;
  }
}
