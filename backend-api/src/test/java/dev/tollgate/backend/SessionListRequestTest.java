package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionListRequestTest {

  @Test
  void buildWhenOnlyUserThenDefaultsAndPaginatedQuery() {
    SessionListRequest request = SessionListRequest.builder().userId("user_1").build();

    assertEquals(Optional.of("user_1"), request.userId());
    assertEquals(Optional.empty(), request.clientId());
    assertEquals(Optional.empty(), request.status());
    assertEquals(10, request.limit());
    assertEquals(0, request.offset());
    assertEquals("user_id=user_1&limit=10&offset=0&paginated=true", request.query());
  }

  @Test
  void queryWhenEveryFilterThenEachEncoded() {
    SessionListRequest request = SessionListRequest.builder().userId("user_1").clientId("client_ä")
        .status(BackendSessionStatus.of("in review")).limit(500).offset(1000).build();

    assertEquals("user_id=user_1&client_id=client_%C3%A4&status=in%20review&limit=500&offset=1000&paginated=true",
        request.query());
  }

  @Test
  void equalsWhenSameValuesThenEqual() {
    SessionListRequest a = SessionListRequest.builder().userId("user_1").limit(5).build();

    assertEquals(a, SessionListRequest.builder().userId("user_1").limit(5).build());
    assertEquals(a.hashCode(), SessionListRequest.builder().userId("user_1").limit(5).build().hashCode());
    assertNotEquals(a, a.atOffset(5));
    assertEquals(5, a.atOffset(5).offset());
  }
}
