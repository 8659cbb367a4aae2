package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.testing.Answers;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultSessionVerifierTest {

  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final SessionVerifier verifier = SessionVerifier.builder()
      .jwtKey(TestKeys.primaryPem()).clock(clock).build();

  @Test
  void verifyWhenManyThreadsShareOneVerifierThenEachGetsItsOwnCorrectAnswer() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      TestTokens.Builder token = TestTokens.token().claim("sub", "user_" + i);
      tokens.add(i % 4 == 3 ? token.signedWith(TestKeys.SECONDARY).build() : token.build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      for (String token : tokens) {
        answers.add(pool.submit(() -> {
          start.await();
          try {
            return verifier.verify(token).userId();
          } catch (TokenVerificationException rejected) {
            return rejected.reason().code();
          }
        }));
      }
    }
    start.countDown();
    for (int i = 0; i < answers.size(); i++) {
      int index = i % tokens.size();
      String expected = index % 4 == 3 ? "token-invalid-signature" : "user_" + index;
      assertEquals(expected, answers.get(i).get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
  }

  @Test
  void verifyWhenNetworklessVerifierIsClosedThenItKeepsWorking() throws Exception {
    verifier.close();
    verifier.close();

    assertEquals(TestTokens.USER_ID, verifier.verify(TestTokens.token().build()).userId());
  }

  @Test
  void verifyWhenTokenIsNullThenNullPointer() {
    assertThrows(NullPointerException.class, () -> verifier.verify(null));
    assertThrows(NullPointerException.class, () -> verifier.verifyAsync(null));
  }

  @Test
  void verifyAsyncWhenNetworklessThenAlwaysCompleteOnReturn() {
    CompletableFuture<Session> good = verifier.verifyAsync(TestTokens.token().build()).toCompletableFuture();
    CompletableFuture<Session> bad = verifier.verifyAsync("x.y.z").toCompletableFuture();

    assertTrue(good.isDone(), "the accepted token's future is not complete on return");
    assertTrue(bad.isDone(), "the rejected token's future is not complete on return");
    assertEquals(TestTokens.USER_ID, good.join().userId());
    Throwable[] failure = new Throwable[1];
    bad.whenComplete((session, error) -> failure[0] = error);
    assertEquals(RejectionReason.TOKEN_INVALID, ((TokenVerificationException) failure[0]).reason());
  }

  @Test
  void verifyWhenSessionPendingThenRejectedSessionPendingOnBothPaths() {
    String pending = TestTokens.token().claim("sts", "pending").build();

    TokenVerificationException sync = assertThrows(TokenVerificationException.class, () -> verifier.verify(pending),
        "a pending session must not look signed in to a direct verify call");
    assertEquals("session-pending", sync.reason().code());
    assertEquals("The session is pending: the user has a task to finish before signing in completes.",
        sync.getMessage());
    CompletableFuture<Session> async = verifier.verifyAsync(pending).toCompletableFuture();
    Throwable[] failure = new Throwable[1];
    async.whenComplete((session, error) -> failure[0] = error);
    assertEquals("session-pending", assertInstanceOf(TokenVerificationException.class, failure[0],
        "verifyAsync must fail a pending session too").reason().code());
  }

  @Test
  void verifyWhenPendingTokenRepeatsWithCacheThenRejectedEveryTime() {
    SessionVerifier cached = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(clock).verifiedTokenCacheSize(100).build();
    String pending = TestTokens.token().claim("sts", "pending").build();

    for (int i = 0; i < 3; i++) {
      TokenVerificationException rejected = assertThrows(TokenVerificationException.class,
          () -> cached.verify(pending), "attempt " + i);
      assertEquals("session-pending", rejected.reason().code(), "attempt " + i);
    }
  }

  @Test
  void verifyWhenSessionPendingAndAcceptPendingThenPendingSessionOnBothPathsAndFromTheCache() throws Exception {
    SessionVerifier accepting = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(clock).verifiedTokenCacheSize(100).acceptPending(true).build();
    String pending = TestTokens.token().claim("sts", "pending").build();

    assertEquals(SessionStatus.PENDING, accepting.verify(pending).status());
    assertEquals(SessionStatus.PENDING, accepting.verify(pending).status(), "cache hit");
    assertEquals(SessionStatus.PENDING, accepting.verifyAsync(pending).toCompletableFuture().join().status());
    assertEquals(SessionStatus.ACTIVE, accepting.verify(TestTokens.token().build()).status());
  }

  @Test
  void toStringWhenPrintedThenNamesSourceAndState() {
    assertEquals("SessionVerifier[FixedKeySource, HEALTHY]", verifier.toString());
  }

  /** Records each outcome with the name of the thread it was reported on. */
  private static final class RecordingListener implements VerificationListener {
    final List<VerificationOutcome> outcomes = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onVerification(VerificationOutcome outcome) {
      outcomes.add(outcome);
      threads.add(Thread.currentThread().getName());
    }

    /** @return each outcome without its duration, e.g. {@code accepted(cache)}, {@code rejected(token-expired)} */
    synchronized List<String> kinds() {
      List<String> kinds = new ArrayList<>();
      for (VerificationOutcome outcome : outcomes) {
        kinds.add(kind(outcome));
      }
      return kinds;
    }
  }

  private static String kind(VerificationOutcome outcome) {
    if (outcome instanceof VerificationOutcome.Accepted accepted) {
      return accepted.fromCache() ? "accepted(cache)" : "accepted";
    }
    if (outcome instanceof VerificationOutcome.Rejected rejected) {
      return "rejected(" + rejected.reason().code() + ")";
    }
    return "keys-unavailable";
  }

  private SessionVerifier cachedVerifier(VerificationListener listener) {
    return SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock).verifiedTokenCacheSize(100)
        .verificationListener(listener).build();
  }

  private List<Supplier<String>> scriptedTokens() {
    String good = TestTokens.token().build();
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minus(Duration.ofMinutes(10))).build();
    String badSignature = TestTokens.token().signedWith(TestKeys.SECONDARY).build();
    return List.of(() -> good, () -> good, () -> expired, () -> badSignature, () -> "x".repeat(9000));
  }

  @ParameterizedTest(name = "async {0}")
  @ValueSource(booleans = {false, true})
  void verifyWhenListenerRegisteredThenEachOutcomeReportedOnceOnTheVerifyingThread(boolean async) {
    RecordingListener listener = new RecordingListener();
    SessionVerifier observed = cachedVerifier(listener);

    List<String> answers = new ArrayList<>();
    for (Supplier<String> token : scriptedTokens()) {
      answers.add(async ? Answers.verifyAsync(observed, token.get()) : Answers.verify(observed, token.get()));
    }

    assertEquals(List.of(TestTokens.USER_ID, TestTokens.USER_ID, "token-expired", "token-invalid-signature",
        "token-too-large"), answers);
    assertEquals(List.of("accepted", "accepted(cache)", "rejected(token-expired)",
        "rejected(token-invalid-signature)", "rejected(token-too-large)"), listener.kinds());
    assertEquals(List.of(Thread.currentThread().getName()), listener.threads.stream().distinct().toList(),
        "threads the outcomes were reported on (a networkless verifyAsync completes on the calling thread)");
    for (VerificationOutcome outcome : listener.outcomes) {
      assertTrue(outcome.durationNanos() >= 0, () -> "negative duration in " + outcome);
    }
    assertEquals(0, listener.outcomes.get(1).durationNanos(), "duration of the cache hit, which is not timed");
    assertTrue(listener.outcomes.get(0).durationNanos() > 0, "duration of the signature-checked verification");
  }

  @Test
  void verifyWhenKeysCannotBeLoadedThenKeysUnavailableReportedOnBothPaths() {
    RecordingListener listener = new RecordingListener();
    try (JwksServer jwks = new JwksServer()) {
      jwks.serve(503, "down");
      SessionVerifier observed = SessionVerifier.builder().jwksUrl(jwks.url()).clock(clock)
          .verificationListener(listener).build();

      assertEquals("unavailable", Answers.verify(observed, TestTokens.token().build()));
      assertEquals("unavailable", Answers.verifyAsync(observed, TestTokens.token().build()));
      observed.close();
    }

    assertEquals(List.of("keys-unavailable", "keys-unavailable"), listener.kinds());
  }

  @Test
  void verifyWhenListenerThrowsThenEveryAnswerIsTheSameAsWithoutIt() {
    List<Supplier<String>> tokens = scriptedTokens();
    SessionVerifier plain = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).clock(clock)
        .verifiedTokenCacheSize(100).build();
    SessionVerifier runtimeFailing = cachedVerifier(outcome -> {
      throw new IllegalStateException("broken listener");
    });
    SessionVerifier linkageFailing = cachedVerifier(outcome -> {
      throw new NoClassDefFoundError("io/micrometer/core/instrument/Counter");
    });

    for (Supplier<String> token : tokens) {
      String expected = Answers.verify(plain, token.get());
      assertEquals(expected, Answers.verify(runtimeFailing, token.get()), "verify, listener throws a RuntimeException");
      assertEquals(expected, Answers.verifyAsync(runtimeFailing, token.get()),
          "verifyAsync, listener throws a RuntimeException");
      assertEquals(expected, Answers.verify(linkageFailing, token.get()), "verify, listener throws a LinkageError");
      assertEquals(expected, Answers.verifyAsync(linkageFailing, token.get()),
          "verifyAsync, listener throws a LinkageError");
    }
  }
}
