package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JwsAlgorithmTest {

  @Test
  void fromHeaderWhenRsaPkcs1NameThenItsAlgorithmWithItsJcaName() {
    assertEquals(JwsAlgorithm.RS256, JwsAlgorithm.fromHeader("RS256"));
    assertEquals(JwsAlgorithm.RS384, JwsAlgorithm.fromHeader("RS384"));
    assertEquals(JwsAlgorithm.RS512, JwsAlgorithm.fromHeader("RS512"));
    assertEquals("SHA256withRSA", JwsAlgorithm.RS256.jcaName());
    assertEquals("SHA384withRSA", JwsAlgorithm.RS384.jcaName());
    assertEquals("SHA512withRSA", JwsAlgorithm.RS512.jcaName());
    assertEquals("RS384", JwsAlgorithm.RS384.headerName());
  }

  @Test
  void fromHeaderWhenOtherNameOrCasingOrTypeThenNull() {
    assertNull(JwsAlgorithm.fromHeader("PS256"), "PS256");
    assertNull(JwsAlgorithm.fromHeader("none"), "none");
    assertNull(JwsAlgorithm.fromHeader("rs256"), "casing");
    assertNull(JwsAlgorithm.fromHeader(256L), "a number");
    assertNull(JwsAlgorithm.fromHeader(null), "absent");
  }
}
