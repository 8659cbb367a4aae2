package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.testing.TestKeys;
import org.junit.jupiter.api.Test;

class VerificationKeyTest {

  @Test
  void allowsWhenKeyIsRestrictedThenOnlyItsAlgorithm() {
    VerificationKey restricted = new VerificationKey("k", TestKeys.publicKey(TestKeys.PRIMARY), JwsAlgorithm.RS256);
    VerificationKey open = new VerificationKey("k", TestKeys.publicKey(TestKeys.PRIMARY), null);

    assertTrue(restricted.allows(JwsAlgorithm.RS256));
    assertFalse(restricted.allows(JwsAlgorithm.RS512));
    assertTrue(open.allows(JwsAlgorithm.RS512));
  }

  @Test
  void sameAsWhenKidRestrictionAndNumbersMatchThenTrue() {
    VerificationKey a = new VerificationKey("k", TestKeys.publicKey(TestKeys.PRIMARY), JwsAlgorithm.RS256);

    assertTrue(a.sameAs(new VerificationKey("k", TestKeys.publicKey(TestKeys.PRIMARY), JwsAlgorithm.RS256)));
    assertFalse(a.sameAs(new VerificationKey("k", TestKeys.publicKey(TestKeys.SECONDARY), JwsAlgorithm.RS256)));
    assertFalse(a.sameAs(new VerificationKey("other", TestKeys.publicKey(TestKeys.PRIMARY), JwsAlgorithm.RS256)));
    assertFalse(a.sameAs(new VerificationKey("k", TestKeys.publicKey(TestKeys.PRIMARY), null)));
  }
}
