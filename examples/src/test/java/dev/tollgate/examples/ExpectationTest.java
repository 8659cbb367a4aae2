package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationTest {

  private static final Answer EXPIRED = Answer.of(401,
      Map.of("WWW-Authenticate", List.of("Bearer realm=\"r\", error=\"invalid_token\"")),
      "{\"reason\":\"token-expired\",\"status\":401}");

  @Test
  void mismatchWhenEverythingMatchesThenEmpty() {
    Expectation expectation = Expectation.status(401).json("reason", "token-expired").json("status", 401)
        .headerStartingWith("WWW-Authenticate", "Bearer realm=\"r\"").headerPresent("www-authenticate")
        .jsonAbsent("error").bodyContains("token-expired");

    assertEquals(Optional.empty(), expectation.mismatch(EXPIRED));
  }

  @Test
  void mismatchWhenStatusDiffersThenNamesStatusAndReason() {
    Optional<String> mismatch = Expectation.status(200).mismatch(EXPIRED);

    assertEquals(Optional.of("status 401 (token-expired), expected 200"), mismatch);
  }

  @Test
  void mismatchWhenMemberOrHeaderDiffersThenNamesIt() {
    assertEquals(Optional.of("reason is 'token-expired', expected 'session-pending'"),
        Expectation.status(401).json("reason", "session-pending").mismatch(EXPIRED));
    assertEquals(Optional.of("error is absent, expected 'invalid_token'"),
        Expectation.status(401).json("error", "invalid_token").mismatch(EXPIRED));
    assertTrue(Expectation.status(401).jsonAbsent("reason").mismatch(EXPIRED).isPresent());
    assertTrue(Expectation.status(401).header("WWW-Authenticate", "Bearer").mismatch(EXPIRED).isPresent());
    assertTrue(Expectation.status(401).headerPresent("Retry-After").mismatch(EXPIRED).isPresent());
    assertTrue(Expectation.status(401).bodyContains("pending").mismatch(EXPIRED).isPresent());
  }

  @Test
  void toStringWhenBuiltThenSummary() {
    assertEquals("401, reason=token-expired", Expectation.status(401).json("reason", "token-expired").toString());
  }
}
