package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        .status(Status.of("in review")).limit(500).offset(1000).build();

    assertEquals("user_id=user_1&client_id=client_%C3%A4&status=in%20review&limit=500&offset=1000&paginated=true",
        request.query());
  }

  @Test
  void buildWhenNeitherUserNorClientThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().status(Status.ACTIVE).build());
  }

  @Test
  void builderWhenValuesOutOfRangeThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().limit(0));
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().limit(501));
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().offset(-1));
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().userId("user/1"));
    assertThrows(IllegalArgumentException.class, () -> SessionListRequest.builder().clientId(""));
  }

  @Test
  void builderWhenOptionSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().userId("a").userId("b"));
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().limit(1).limit(2));
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().offset(1).offset(2));
    assertThrows(IllegalStateException.class,
        () -> SessionListRequest.builder().status(Status.ACTIVE).status(Status.ENDED));
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().clientId("a").clientId("b"));
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
