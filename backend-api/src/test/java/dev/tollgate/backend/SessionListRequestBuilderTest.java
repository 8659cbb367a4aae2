package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SessionListRequestBuilderTest {

  @Test
  void buildWhenNeitherUserNorClientThenIllegalState() {
    assertThrows(IllegalStateException.class,
        () -> SessionListRequest.builder().status(BackendSessionStatus.ACTIVE).build());
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
        () -> SessionListRequest.builder().status(BackendSessionStatus.ACTIVE).status(BackendSessionStatus.ENDED));
    assertThrows(IllegalStateException.class, () -> SessionListRequest.builder().clientId("a").clientId("b"));
  }
}
