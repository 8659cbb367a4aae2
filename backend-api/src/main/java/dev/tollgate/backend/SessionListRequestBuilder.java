package dev.tollgate.backend;

import static dev.tollgate.internal.BuilderChecks.requireUnset;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link SessionListRequest}, obtained from {@link SessionListRequest#builder()}. Each option may be set
 * once (a second set throws {@link IllegalStateException}); {@link #build()} requires a user or a client. Not
 * thread-safe; the request it builds is immutable.
 */
public final class SessionListRequestBuilder {

  private @Nullable String userId;
  private @Nullable String clientId;
  private @Nullable BackendSessionStatus status;
  private @Nullable Integer limit;
  private @Nullable Long offset;

  SessionListRequestBuilder() {}

  /**
   * List this user's sessions. Default: none; {@link #build()} requires this or {@link #clientId(String)}.
   *
   * @param userId for example {@code user_…}
   * @return this builder
   * @throws IllegalArgumentException if the id is empty or cannot be a path segment
   * @throws IllegalStateException if the user was already set
   */
  public SessionListRequestBuilder userId(String userId) {
    requireUnset(this.userId, "userId");
    this.userId = PathSegments.check(userId, "userId");
    return this;
  }

  /**
   * List this client's sessions. Default: none; {@link #build()} requires this or {@link #userId(String)}.
   *
   * @param clientId for example {@code client_…}
   * @return this builder
   * @throws IllegalArgumentException if the id is empty or cannot be a path segment
   * @throws IllegalStateException if the client was already set
   */
  public SessionListRequestBuilder clientId(String clientId) {
    requireUnset(this.clientId, "clientId");
    this.clientId = PathSegments.check(clientId, "clientId");
    return this;
  }

  /**
   * List only sessions in this status. Default: every status.
   *
   * @param status a known status or {@link BackendSessionStatus#of(String) any other}
   * @return this builder
   * @throws IllegalStateException if the status was already set
   */
  public SessionListRequestBuilder status(BackendSessionStatus status) {
    requireUnset(this.status, "status");
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /**
   * The page size. Default {@link SessionListRequest#DEFAULT_LIMIT}.
   *
   * @param limit 1 to {@link SessionListRequest#MAX_LIMIT}
   * @return this builder
   * @throws IllegalArgumentException if the limit is out of that range
   * @throws IllegalStateException if the limit was already set
   */
  public SessionListRequestBuilder limit(int limit) {
    requireUnset(this.limit, "limit");
    if (limit < 1 || limit > SessionListRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + SessionListRequest.MAX_LIMIT);
    }
    this.limit = limit;
    return this;
  }

  /**
   * How many sessions to skip. Default 0.
   *
   * @param offset zero or more
   * @return this builder
   * @throws IllegalArgumentException if the offset is negative
   * @throws IllegalStateException if the offset was already set
   */
  public SessionListRequestBuilder offset(long offset) {
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
   * @return an immutable, thread-safe request
   * @throws IllegalStateException if neither {@code userId} nor {@code clientId} is set
   */
  public SessionListRequest build() {
    if (userId == null && clientId == null) {
      throw new IllegalStateException("set userId or clientId (or both): Clerk lists sessions of a user or a client");
    }
    return new SessionListRequest(userId, clientId, status,
        limit != null ? limit : SessionListRequest.DEFAULT_LIMIT, offset != null ? offset : 0);
  }
}
