package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuthorizationCheckBuilderTest {

  @Test
  void buildWhenNothingIsAskedOrExclusiveDimensionsAreCombinedThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().build());
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().role("a").permission("b").build());
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().feature("a").plan("b").build());
  }

  @Test
  void builderWhenAnOptionIsSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> AuthorizationCheck.builder().role("a").role("b"));
    assertThrows(IllegalStateException.class,
        () -> AuthorizationCheck.builder().reverification(Reverification.LAX).reverification(Reverification.LAX));
  }

  @Test
  void builderWhenOptionSetTwiceThenMessageNamesIt() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> AuthorizationCheck.builder().plan("a").plan("b"));

    assertEquals("plan was already set", thrown.getMessage());
  }
}
