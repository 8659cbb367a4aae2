package dev.tollgate.backend;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

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
  private final @Nullable Status status;
  private final int limit;
  private final long offset;

  private SessionListRequest(@Nullable String userId, @Nullable String clientId, @Nullable Status status, int limit,
      long offset) {
    this.userId = userId;
    this.clientId = clientId;
    this.status = status;
    this.limit = limit;
    this.offset = offset;
  }

  /** @return a new builder; not thread-safe */
  public static Builder builder() {
    return new Builder();
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
  public Optional<Status> status() {
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

  /** Builds a {@link SessionListRequest}; each option may be set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable String userId;
    private @Nullable String clientId;
    private @Nullable Status status;
    private @Nullable Integer limit;
    private @Nullable Long offset;

    private Builder() {}

    /**
     * List this user's sessions.
     *
     * @param userId for example {@code user_…}
     * @return this builder
     */
    public Builder userId(String userId) {
      requireUnset(this.userId, "userId");
      this.userId = PathSegments.check(userId, "userId");
      return this;
    }

    /**
     * List this client's sessions.
     *
     * @param clientId for example {@code client_…}
     * @return this builder
     */
    public Builder clientId(String clientId) {
      requireUnset(this.clientId, "clientId");
      this.clientId = PathSegments.check(clientId, "clientId");
      return this;
    }

    /**
     * List only sessions in this status. Default: every status.
     *
     * @param status a known status or {@link Status#of(String) any other}
     * @return this builder
     */
    public Builder status(Status status) {
      requireUnset(this.status, "status");
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * The page size. Default {@link #DEFAULT_LIMIT}.
     *
     * @param limit 1 to {@link #MAX_LIMIT}
     * @return this builder
     */
    public Builder limit(int limit) {
      requireUnset(this.limit, "limit");
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
      }
      this.limit = limit;
      return this;
    }

    /**
     * How many sessions to skip. Default 0.
     *
     * @param offset zero or more
     * @return this builder
     */
    public Builder offset(long offset) {
      requireUnset(this.offset, "offset");
      if (offset < 0) {
        throw new IllegalArgumentException("offset must not be negative");
      }
      this.offset = offset;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException if neither {@code userId} nor {@code clientId} is set
     */
    public SessionListRequest build() {
      if (userId == null && clientId == null) {
        throw new IllegalStateException("set userId or clientId (or both): Clerk lists sessions of a user or a client");
      }
      return new SessionListRequest(userId, clientId, status, limit != null ? limit : DEFAULT_LIMIT,
          offset != null ? offset : 0);
    }
  }
}
