package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.TestKeys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySetTest {

  private static VerificationKey key(String kid, java.security.KeyPair pair) {
    return new VerificationKey(kid, TestKeys.publicKey(pair), "RS256");
  }

  @Test
  void lookupWhenKidIsKnownUnusableOrAbsentThenPrebuiltAnswers() {
    KeySet set = new KeySet(Map.of("a", key("a", TestKeys.PRIMARY)), Map.of("weak", "too short"), 0, 1);

    assertSame(set.lookup("a"), set.lookup("a"), "lookups allocate nothing");
    assertSame(set.lookup("a"), set.lookup("a").completed().join());
    assertEquals("too short", set.lookup("weak").unusableReason());
    assertTrue(set.lookup("b").isMiss());
    assertTrue(set.lookup(null).isMiss());
    assertEquals(List.of("a"), List.copyOf(set.usableKids()));
  }

  @Test
  void reusingKeysOfWhenKeyIsUnchangedThenPreviousInstanceIsKeptElseTheNewOne() {
    VerificationKey oldA = key("a", TestKeys.PRIMARY);
    KeySet previous = new KeySet(Map.of("a", oldA, "b", key("b", TestKeys.PRIMARY)), Map.of(), 0, 1);
    VerificationKey changedB = key("b", TestKeys.SECONDARY);
    KeySet next = new KeySet(Map.of("a", key("a", TestKeys.PRIMARY), "b", changedB), Map.of("c", "weak"), 5, 7)
        .reusingKeysOf(previous);

    assertSame(oldA, next.usable("a"));
    assertSame(changedB, next.usable("b"));
    assertNotSame(previous.usable("b"), next.usable("b"));
    assertEquals("weak", next.lookup("c").unusableReason());
    assertEquals(12, next.freshUntilMillis());
  }
}
