package dev.tollgate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tollgate.KeysUnavailableException;
import dev.tollgate.Session;
import dev.tollgate.TokenVerificationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of {@link dev.tollgate.SessionVerifier} with token texts from {@link TokenTexts}:
 * byte-level mutations of real tokens, random segment counts, random base64url, arbitrary text, and generated
 * claims validly re-signed with the test key (so the claim rules are fuzzed behind the signature check).
 *
 * <p>In {@code mvn verify} each {@code @FuzzTest} replays its saved inputs from
 * {@code src/test/resources/dev/tollgate/fuzz/SessionVerifierFuzzTestInputs/<method>/}, and each
 * {@code ...OnSeededInputs} test runs the same property on a fixed-seed budget. To fuzz one property for
 * longer, with Jazzer's coverage guidance (one fuzz test per run; new corpus entries go to
 * {@code core/.cifuzz-corpus/}, findings to the {@code Inputs} directory):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -o -B test -pl core -Djazzer.hooks=true \
 *     -Dtest='SessionVerifierFuzzTest#verifyWhenAnyTokenTextThenAcceptedOrTypedRejection'
 * }</pre>
 */
class SessionVerifierFuzzTest {

  private static final int SEEDED_TRIES = 600;

  @FuzzTest
  void verifyWhenAnyTokenTextThenAcceptedOrTypedRejection(byte @Nullable [] input) {
    String token = TokenTexts.any(FuzzInput.of(input));
    try {
      FuzzTargets.VERIFIER.verify(token);
    } catch (TokenVerificationException | KeysUnavailableException expected) {
      // The only two documented outcomes besides a session.
    } catch (RuntimeException | Error unexpected) {
      throw new AssertionError("verify threw " + unexpected + " for token " + token, unexpected);
    }
  }

  @Test
  void verifyWhenAnyTokenTextThenAcceptedOrTypedRejectionOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::verifyWhenAnyTokenTextThenAcceptedOrTypedRejection);
  }

  /**
   * The stage of a warm verifier is complete on return, fails only with the two documented exceptions, not
   * wrapped, and agrees with {@code verify}.
   */
  @FuzzTest
  void verifyAsyncWhenAnyTokenTextThenCompletedStageAgreeingWithVerify(byte @Nullable [] input) {
    String token = TokenTexts.any(FuzzInput.of(input));
    String expected = outcome(token);
    CompletionStage<Session> stage;
    try {
      stage = FuzzTargets.VERIFIER.verifyAsync(token);
    } catch (RuntimeException | Error unexpected) {
      throw new AssertionError("verifyAsync threw " + unexpected + " for token " + token, unexpected);
    }
    CompletableFuture<Session> future = stage.toCompletableFuture();
    assertTrue(future.isDone(), () -> "a networkless verifier's stage is complete on return, token " + token);
    String actual = future.handle((session, error) -> {
      if (error == null) {
        return "accepted";
      }
      if (error instanceof TokenVerificationException) {
        return ((TokenVerificationException) error).reason().code();
      }
      if (error instanceof KeysUnavailableException) {
        return "unavailable";
      }
      throw new AssertionError("verifyAsync failed with " + error + " for token " + token, error);
    }).join();
    assertEquals(expected, actual, () -> "verify and verifyAsync disagree on token " + token);
  }

  @Test
  void verifyAsyncWhenAnyTokenTextThenCompletedStageAgreeingWithVerifyOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::verifyAsyncWhenAnyTokenTextThenCompletedStageAgreeingWithVerify);
  }

  /** Neither the message nor {@code toString()} of a rejection contains the token or a segment of it. */
  @FuzzTest
  void verifyWhenRejectedThenMessageNeverEchoesToken(byte @Nullable [] input) {
    String token = TokenTexts.any(FuzzInput.of(input));
    try {
      FuzzTargets.VERIFIER.verify(token);
    } catch (TokenVerificationException | KeysUnavailableException rejected) {
      TokenEchoes.assertNoTokenIn("the message", String.valueOf(rejected.getMessage()), token);
      TokenEchoes.assertNoTokenIn("toString()", rejected.toString(), token);
    }
  }

  @Test
  void verifyWhenRejectedThenMessageNeverEchoesTokenOnSeededInputs() {
    FuzzTargets.runSeeded(SEEDED_TRIES, this::verifyWhenRejectedThenMessageNeverEchoesToken);
  }

  /** @return {@code accepted}, the rejection code, or {@code unavailable} */
  private static String outcome(String token) {
    try {
      FuzzTargets.VERIFIER.verify(token);
      return "accepted";
    } catch (TokenVerificationException rejected) {
      return rejected.reason().code();
    } catch (KeysUnavailableException unavailable) {
      return "unavailable";
    }
  }
}
