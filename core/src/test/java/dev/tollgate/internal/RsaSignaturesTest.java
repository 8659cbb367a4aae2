package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsaSignaturesTest {

  private static final RSAPublicKey KEY = TestKeys.publicKey(TestKeys.PRIMARY);
  private static final String DATA = "header.payload";

  @Test
  void verifyWhenSignatureMatchesItsAlgorithmThenTrueOtherwiseFalse() {
    byte[] rs256 = TestTokens.sign("header.payload", TestKeys.PRIMARY.getPrivate(), "SHA256withRSA");
    byte[] rs512 = TestTokens.sign("header.payload", TestKeys.PRIMARY.getPrivate(), "SHA512withRSA");

    assertTrue(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), rs256));
    assertTrue(RsaSignatures.verify(JwsAlgorithm.RS512, KEY, DATA, DATA.length(), rs512));
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), rs512));
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length() - 1, rs256),
        "only the given length is signed");
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, TestKeys.publicKey(TestKeys.SECONDARY), DATA, DATA.length(),
        rs256));
  }

  @Test
  void verifyWhenTextIsLongerThanOneChunkThenEveryByteIsCovered() {
    String longInput = "a".repeat(700) + "." + "b".repeat(1300);
    byte[] signature = TestTokens.sign(longInput, TestKeys.PRIMARY.getPrivate(), "SHA256withRSA");
    String flippedLate = longInput.substring(0, 1500) + "c" + longInput.substring(1501);

    assertTrue(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, longInput, longInput.length(), signature));
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, flippedLate, flippedLate.length(), signature));
    assertTrue(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, longInput + ".sig", longInput.length(), signature));
  }

  @Test
  void verifyWhenSignatureHasWrongLengthOrIsEmptyThenFalseNotAnException() {
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), new byte[0]));
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), new byte[255]));
    assertFalse(RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), new byte[512]));
  }

  @Test
  void verifyWhenManyThreadsShareNothingThenEveryAnswerIsRight() throws Exception {
    byte[] good = TestTokens.sign("header.payload", TestKeys.PRIMARY.getPrivate(), "SHA256withRSA");
    byte[] bad = good.clone();
    bad[7] ^= 1;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      byte[] signature = i % 2 == 0 ? good : bad;
      answers.add(pool.submit(() -> RsaSignatures.verify(JwsAlgorithm.RS256, KEY, DATA, DATA.length(), signature)));
    }
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(i % 2 == 0, answers.get(i).get());
    }
    pool.shutdown();
  }
}
