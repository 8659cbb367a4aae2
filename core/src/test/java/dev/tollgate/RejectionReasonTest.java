package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RejectionReasonTest {

  @Test
  void codeWhenClerkHasTheReasonThenClerksExactCode() {
    assertEquals("token-expired", RejectionReason.TOKEN_EXPIRED.code());
    assertEquals("token-not-active-yet", RejectionReason.TOKEN_NOT_ACTIVE_YET.code());
    assertEquals("token-iat-in-the-future", RejectionReason.TOKEN_IAT_IN_THE_FUTURE.code());
    assertEquals("token-invalid", RejectionReason.TOKEN_INVALID.code());
    assertEquals("token-invalid-algorithm", RejectionReason.TOKEN_INVALID_ALGORITHM.code());
    assertEquals("token-invalid-signature", RejectionReason.TOKEN_INVALID_SIGNATURE.code());
    assertEquals("token-invalid-authorized-parties", RejectionReason.TOKEN_INVALID_AUTHORIZED_PARTIES.code());
    assertEquals("token-verification-failed", RejectionReason.TOKEN_VERIFICATION_FAILED.code());
    assertEquals("jwk-kid-mismatch", RejectionReason.JWK_KID_MISMATCH.code());
    assertEquals("token-type-mismatch", RejectionReason.TOKEN_TYPE_MISMATCH.code());
  }

  @Test
  void codeWhenRequestReasonThenTheWireCodeOfTheSignedOutRequest() {
    assertEquals("session-token-missing", RejectionReason.SESSION_TOKEN_MISSING.code());
    assertEquals("authorization-header-duplicated", RejectionReason.AUTHORIZATION_HEADER_DUPLICATED.code());
    assertEquals("authorization-header-malformed", RejectionReason.AUTHORIZATION_HEADER_MALFORMED.code());
  }

  @Test
  void codeWhenAnyReasonThenUniqueLowerKebabCase() {
    Set<String> codes = new HashSet<>();
    for (RejectionReason reason : RejectionReason.values()) {
      assertTrue(reason.code().matches("[a-z]+(-[a-z]+)*"), reason.code());
      assertTrue(codes.add(reason.code()), "duplicate " + reason.code());
    }
  }
}
