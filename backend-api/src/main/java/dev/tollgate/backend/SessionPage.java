package dev.tollgate.backend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of {@link Sessions#list(SessionListRequest)}: the sessions Clerk returned ({@code data}), the number
 * of sessions that match in all ({@code total_count}), and the request for the next page.
 *
 * <pre>{@code
 * SessionListRequest request = SessionListRequest.builder().userId(userId).limit(100).build();
 * for (Optional<SessionListRequest> next = Optional.of(request); next.isPresent(); ) {
 *   SessionPage page = api.sessions().list(next.get());
 *   page.sessions().forEach(...);
 *   next = page.nextPage();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SessionPage {

  private final List<BackendSession> sessions;
  private final long totalCount;
  private final SessionListRequest request;

  SessionPage(List<BackendSession> sessions, long totalCount, SessionListRequest request) {
    this.sessions = List.copyOf(sessions);
    this.totalCount = totalCount;
    this.request = Objects.requireNonNull(request, "request");
  }

  /** @return the sessions of this page, newest first as Clerk orders them; unmodifiable */
  public List<BackendSession> sessions() {
    return sessions;
  }

  /** @return how many sessions match the request in all pages ({@code total_count}) */
  public long totalCount() {
    return totalCount;
  }

  /** @return the request this page answers */
  public SessionListRequest request() {
    return request;
  }

  /**
   * Whether more sessions follow: this page is not empty and ends before {@link #totalCount()}.
   *
   * @return {@code true} if {@link #nextPage()} is present
   */
  public boolean hasMore() {
    return !sessions.isEmpty() && request.offset() + sessions.size() < totalCount;
  }

  /**
   * The request for the next page: the same filters and limit, from the offset right after this page.
   *
   * @return the next request, or empty on the last page
   */
  public Optional<SessionListRequest> nextPage() {
    return hasMore() ? Optional.of(request.atOffset(request.offset() + sessions.size())) : Optional.empty();
  }

  @Override
  public String toString() {
    return "SessionPage[offset=" + request.offset() + ", size=" + sessions.size() + ", totalCount=" + totalCount + "]";
  }
}
