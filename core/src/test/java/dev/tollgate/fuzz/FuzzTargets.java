package dev.tollgate.fuzz;

import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * What the fuzz tests share: the verifiers under test, and the fixed-seed budget that {@code mvn verify} runs
 * besides replaying the saved inputs.
 */
final class FuzzTargets {

  /** Seed of the fixed-seed budget; fixed, so a build is deterministic. */
  static final long SEED = 0x7011_6a7eL;
  /** Longest input of the fixed-seed budget; the generators read zeros past the end. */
  private static final int MAX_INPUT_BYTES = 2048;

  static final Clock CLOCK = Clock.fixed(TestTokens.NOW, ZoneOffset.UTC);

  /**
   * A networkless verifier for {@link TestKeys#PRIMARY} at {@link TestTokens#NOW}, issuer and authorized party
   * pinned, without a verified-token cache so every input runs every check.
   */
  static final SessionVerifier VERIFIER = SessionVerifier.builder().clock(CLOCK).issuer(TestTokens.ISSUER)
      .authorizedParties(TestTokens.PARTY).verifiedTokenCacheSize(0).jwtKey(TestKeys.primaryPem()).build();

  /** {@link #VERIFIER} that also accepts pending sessions, so pending tokens reach the signed-in branches. */
  static final SessionVerifier ACCEPTING_PENDING = SessionVerifier.builder().clock(CLOCK).issuer(TestTokens.ISSUER)
      .authorizedParties(TestTokens.PARTY).verifiedTokenCacheSize(0).jwtKey(TestKeys.primaryPem())
      .acceptPending(true).build();

  /**
   * {@link #ACCEPTING_PENDING} with {@link TestTokens#PUBLISHABLE_KEY} (it pins the same issuer), so the
   * suffixed session cookie is read too.
   */
  static final SessionVerifier ACCEPTING_PENDING_WITH_PUBLISHABLE_KEY = SessionVerifier.builder().clock(CLOCK)
      .publishableKey(TestTokens.PUBLISHABLE_KEY).authorizedParties(TestTokens.PARTY).verifiedTokenCacheSize(0)
      .jwtKey(TestKeys.primaryPem()).acceptPending(true).build();

  private FuzzTargets() {}

  /**
   * Runs a property on {@code tries} inputs from a generator seeded with {@link #SEED}. A failing input is
   * reported in base64, to be saved as a file under the fuzz test's {@code Inputs} directory and replayed.
   */
  static void runSeeded(int tries, Consumer<byte[]> property) {
    for (int i = 0; i < tries; i++) {
      byte[] input = FuzzInput.seeded(SEED + i, 1 + (int) ((i * 7919L) % MAX_INPUT_BYTES));
      try {
        property.accept(input);
      } catch (RuntimeException | AssertionError failed) {
        throw new AssertionError("seeded input " + i + " fails; its bytes in base64: "
            + Base64.getEncoder().encodeToString(input), failed);
      }
    }
  }
}
