package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionPageTest {

  private static final SessionListRequest FIRST = SessionListRequest.builder().userId("user_1").limit(2).build();

  private static List<BackendSession> sessions(int count) {
    List<BackendSession> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sessions.add(BackendSession.fromJson(TestSessions.json(TestSessions.withId("sess_" + i))));
    }
    return sessions;
  }

  @Test
  void nextPageWhenMoreFollowThenSameFiltersFromTheNextOffset() {
    SessionPage page = new SessionPage(sessions(2), 5, FIRST);

    assertTrue(page.hasMore());
    assertEquals(Optional.of(FIRST.atOffset(2)), page.nextPage());
  }

  @Test
  void nextPageWhenLastPageThenEmpty() {
    SessionPage page = new SessionPage(sessions(1), 5, FIRST.atOffset(4));

    assertFalse(page.hasMore());
    assertEquals(Optional.empty(), page.nextPage());
  }

  @Test
  void nextPageWhenPageIsEmptyThenEmptyEvenIfTotalSaysMore() {
    SessionPage page = new SessionPage(List.of(), 5, FIRST.atOffset(2));

    assertFalse(page.hasMore());
  }

  @Test
  void nextPageWhenServerReturnsFewerThanLimitThenContinuesRightAfterThem() {
    SessionPage page = new SessionPage(sessions(1), 5, FIRST);

    assertEquals(1, page.nextPage().orElseThrow().offset());
  }

  @Test
  void sessionsWhenReturnedThenUnmodifiableCopy() {
    List<BackendSession> source = sessions(2);
    SessionPage page = new SessionPage(source, 2, FIRST);
    source.clear();

    assertEquals(2, page.sessions().size());
    assertEquals("SessionPage[offset=0, size=2, totalCount=2]", page.toString());
  }
}
