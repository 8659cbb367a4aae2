package dev.tollgate.backend;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Sessions#list(SessionListRequest)} asks for: the sessions of a user and/or a client, optionally of
 * one status, one page at a time ({@code GET /v1/sessions?user_id=…&client_id=…&status=…&limit=…&offset=…}).
 * Clerk requires at least one of {@code user_id} and {@code client_id}. Immutable and thread-safe; build with
 * {@link #builder()}.
 *
 * @see <a href="https://clerk.com/docs/reference/backend-api/tag/Sessions#operation/GetSessionList">Clerk: List
 *     all sessions</a>
 */
public final class SessionListRequest {

  /** Default page size: {@value} sessions, Clerk's default. */
  public static final int DEFAULT_LIMIT = 10;

  /** Largest page size Clerk accepts: {@value} sessions. */
  public static final int MAX_LIMIT = 500;

  private final @Nullable String userId;
  private final @Nullable String clientId;
  private final @Nullable BackendSessionStatus status;
  private final int limit;
  private final long offset;

  SessionListRequest(@Nullable String userId, @Nullable String clientId, @Nullable BackendSessionStatus status,
      int limit, long offset) {
    this.userId = userId;
    this.clientId = clientId;
    this.status = status;
    this.limit = limit;
    this.offset = offset;
  }

  /**
   * Starts a request; {@code userId} or {@code clientId} is required.
   *
   * @return a new builder; not thread-safe
   */
  public static SessionListRequestBuilder builder() {
    return new SessionListRequestBuilder();
  }

  /** @return the user whose sessions are listed ({@code user_id}) */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** @return the client whose sessions are listed ({@code client_id}) */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** @return the only status listed ({@code status}); empty for all */
  public Optional<BackendSessionStatus> status() {
    return Optional.ofNullable(status);
  }

  /** @return the page size ({@code limit}) */
  public int limit() {
    return limit;
  }

  /** @return how many sessions to skip ({@code offset}) */
  public long offset() {
    return offset;
  }

  /** The same request from another offset. */
  SessionListRequest atOffset(long newOffset) {
    return new SessionListRequest(userId, clientId, status, limit, newOffset);
  }

  /** The query string, values percent-encoded, always with {@code paginated=true}. */
  String query() {
    StringBuilder query = new StringBuilder();
    if (userId != null) {
      query.append("user_id=").append(PathSegments.encode(userId)).append('&');
    }
    if (clientId != null) {
      query.append("client_id=").append(PathSegments.encode(clientId)).append('&');
    }
    if (status != null) {
      query.append("status=").append(PathSegments.encode(status.value())).append('&');
    }
    return query.append("limit=").append(limit).append("&offset=").append(offset).append("&paginated=true")
        .toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SessionListRequest)) {
      return false;
    }
    SessionListRequest that = (SessionListRequest) other;
    return Objects.equals(userId, that.userId) && Objects.equals(clientId, that.clientId)
        && Objects.equals(status, that.status) && limit == that.limit && offset == that.offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, clientId, status, limit, offset);
  }

  @Override
  public String toString() {
    return "SessionListRequest[userId=" + userId + ", clientId=" + clientId + ", status=" + status + ", limit="
        + limit + ", offset=" + offset + "]";
  }
}
