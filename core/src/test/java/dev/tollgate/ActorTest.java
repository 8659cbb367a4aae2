package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void accessorsWhenOptionalPartsAbsentThenEmpty() {
    Actor actor = new Actor("user_a", null, null, null, Map.of("sub", "user_a"));

    assertEquals("user_a", actor.subject());
    assertEquals(Optional.empty(), actor.issuer(), "issuer");
    assertEquals(Optional.empty(), actor.sessionId(), "sessionId");
    assertEquals(Optional.empty(), actor.type(), "type");
    assertEquals(new Actor("user_a", null, null, null, Map.of("sub", "user_a")), actor);
    assertFalse(actor.toString().isEmpty());
  }
}
