package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.observability.KeySourceState;
import dev.tollgate.testing.TestKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedKeySourceTest {

  private final FixedKeySource source = new FixedKeySource(TestKeys.publicKey(TestKeys.PRIMARY));

  @Test
  void findWhenAnyKidOrNoneThenTheOneKeyAtOnce() {
    VerificationKey key = found(source.find("whatever").join());

    assertSame(key, found(source.find(null).join()));
    assertEquals(TestKeys.publicKey(TestKeys.PRIMARY), key.publicKey());
    assertTrue(source.find("x").isDone());
    assertTrue(source.isCurrent(key));
    assertFalse(source.isCurrent(new VerificationKey(null, TestKeys.publicKey(TestKeys.PRIMARY), null)));
  }

  @Test
  void changedKeyWhenAskedThenNeverFetchesAndAnswersNoChange() {
    assertNull(source.changedKey(found(source.find(null).join())).join());
  }

  @Test
  void healthWhenNetworklessThenAlwaysHealthyWithoutFetches() {
    source.warmUp(Duration.ZERO);
    source.close();

    assertEquals(KeySourceState.HEALTHY, source.health().state());
    assertEquals(0, source.health().fetchCount());
  }

  /** The key a lookup found; fails naming the lookup when it found none. */
  private static VerificationKey found(KeyLookup lookup) {
    return assertInstanceOf(KeyLookup.Found.class, lookup, "lookup").key();
  }
}
