package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.testing.TestKeys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySetTest {

  private static VerificationKey key(String kid, java.security.KeyPair pair) {
    return new VerificationKey(kid, TestKeys.publicKey(pair), JwsAlgorithm.RS256);
  }

  @Test
  void lookupWhenKidIsKnownUnusableOrAbsentThenPrebuiltAnswers() {
    KeySet set = new KeySet(Map.of("a", key("a", TestKeys.PRIMARY)), Map.of("weak", "too short"), 0, 1);

    assertSame(set.lookup("a"), set.lookup("a"), "lookups allocate nothing");
    assertSame(set.answer("a"), set.answer("a"), "answers are prebuilt futures");
    assertSame(set.lookup("a"), set.answer("a").join());
    assertSame(KeyLookup.MISS_COMPLETED, set.answer("b"));
    assertSame(KeyLookup.MISS_COMPLETED, set.answer(null));
    assertEquals(new KeyLookup.Unusable("too short"), set.lookup("weak"));
    assertEquals(KeyLookup.MISS, set.lookup("b"));
    assertEquals(KeyLookup.MISS, set.lookup(null));
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
    assertEquals(new KeyLookup.Unusable("weak"), next.lookup("c"));
    assertEquals(12, next.freshUntilMillis());
  }
}
