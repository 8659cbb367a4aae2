package dev.tollgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.internal.keys.FixedKeySource;
import dev.tollgate.internal.keys.KeyLookup;
import dev.tollgate.internal.keys.KeySource;
import dev.tollgate.internal.keys.VerificationKey;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private final TokenRules rules = new TokenRules(Set.of("RS256"), null, Set.of(), Set.of(), 5_000, false);
  private final KeySource keys = new FixedKeySource(TestKeys.publicKey(TestKeys.PRIMARY));
  private final VerificationKey key = ((KeyLookup.Found) keys.find(null).join()).key();

  private static ClaimTimes times(long expMillis) {
    return new ClaimTimes(expMillis, ClaimTimes.ABSENT, ClaimTimes.ABSENT);
  }

  @Test
  void getWhenEntryIsValidThenSameSessionUntilExpPlusSkewToTheMillisecond() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    long exp = clock.millis() + 60_000;
    Session session = SessionTest.session("tok", Map.of());
    cache.put("tok", session, key, times(exp));

    clock.set(java.time.Instant.ofEpochMilli(exp + 4_999));
    assertSame(session, cache.get("tok", keys));
    clock.set(java.time.Instant.ofEpochMilli(exp + 5_000));
    assertNull(cache.get("tok", keys));
    assertEquals(0, cache.size());
  }

  @Test
  void getWhenTheVerifyingKeyIsNoLongerServedThenMissAndEntryDropped() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    VerificationKey other = new VerificationKey("gone", TestKeys.publicKey(TestKeys.PRIMARY), null);
    cache.put("tok", SessionTest.session("tok", Map.of()), other, times(clock.millis() + 60_000));

    assertNull(cache.get("tok", keys));
    assertEquals(0, cache.size());
  }

  @Test
  void dropKeysWhenKidsLeaveTheKeySetThenTheirEntriesGo() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    long exp = clock.millis() + 60_000;
    cache.put("a", SessionTest.session("a", Map.of()), new VerificationKey("k1", TestKeys.publicKey(TestKeys.PRIMARY),
        null),
        times(exp));
    cache.put("b", SessionTest.session("b", Map.of()), new VerificationKey("k2", TestKeys.publicKey(TestKeys.PRIMARY),
        null),
        times(exp));

    cache.dropKeys(Set.of("k1"));

    assertEquals(1, cache.size());
  }

  @Test
  void putWhenMoreTokensThanTheBoundThenSizeStaysWithinIt() {
    VerifiedTokenCache cache = new VerifiedTokenCache(100, 5_000, rules, clock);
    for (int i = 0; i < 1_000; i++) {
      cache.put("t" + i, SessionTest.session("t" + i, Map.of()), key, times(clock.millis() + 60_000));
    }
    assertTrue(cache.size() <= 100, "size " + cache.size());
  }

  @Test
  void verifyWhenCacheBoundIsSmallThenOnlyThatManyRepeatsAreHits() throws Exception {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(clock).verifiedTokenCacheSize(3).build();
    List<String> tokens = new ArrayList<>();
    List<Session> first = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tokens.add(TestTokens.token().claim("jti", "j" + i).build());
      first.add(verifier.verify(tokens.get(i)));
    }
    int hits = 0;
    for (int i = 0; i < 10; i++) {
      if (verifier.verify(tokens.get(i)) == first.get(i)) {
        hits++;
      }
    }
    assertTrue(hits <= 3, "at most the bound is remembered: " + hits);
  }

  @Test
  void verifyWhenCacheIsDisabledThenEveryCallVerifiesAfresh() throws Exception {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(clock).verifiedTokenCacheSize(0).build();
    String token = TestTokens.token().build();

    assertNotSame(verifier.verify(token), verifier.verify(token));
  }

  @Test
  void verifyWhenCachedTokenExpiresThenRejectedExactlyAsAnUncachedOne() throws Exception {
    SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(clock).build();
    String token = TestTokens.token().build();
    Session session = verifier.verify(token);
    long exp = session.expiresAt().toEpochMilli();

    clock.set(java.time.Instant.ofEpochMilli(exp + 4_999));
    assertSame(session, verifier.verify(token));
    clock.advance(Duration.ofMillis(1));
    assertEquals(RejectionReason.TOKEN_EXPIRED,
        assertThrows(TokenVerificationException.class, () -> verifier.verify(token)).reason());
  }

  @Test
  void getWhenManyThreadsReadAndWriteThenEveryHitIsTheSessionOfItsOwnToken() throws Exception {
    VerifiedTokenCache cache = new VerifiedTokenCache(50, 5_000, rules, clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      workers.add(pool.submit(() -> {
        int hits = 0;
        for (int i = 0; i < 2_000; i++) {
          String token = "t" + (i % 200);
          Session hit = cache.get(token, keys);
          if (hit != null) {
            assertEquals(token, hit.token());
            hits++;
          } else {
            cache.put(token, SessionTest.session(token, Map.of()), key, times(clock.millis() + 60_000));
          }
        }
        return hits;
      }));
    }
    int hits = 0;
    for (Future<Integer> worker : workers) {
      hits += worker.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertTrue(hits > 0);
    assertTrue(cache.size() <= 50);
  }

  @Test
  void sizeWhenEntriesPassExpPlusSkewUnreadThenTheyAreGone() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    long exp = clock.millis() + 60_000;
    cache.put("tok", SessionTest.session("tok", Map.of()), key, times(exp));

    clock.set(java.time.Instant.ofEpochMilli(exp + 4_999));
    assertEquals(1, cache.size(), "still valid");
    // Caffeine sweeps expired entries in timer-wheel steps of about a second; a read alone is exact.
    clock.set(java.time.Instant.ofEpochMilli(exp + 5_000 + 2_000));
    assertEquals(0, cache.size(), "an expired entry holds no room even if never read again");
  }

  @Test
  void getWhenReadAgainOrPutAgainThenStillAHit() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    Session session = SessionTest.session("tok", Map.of());
    cache.put("tok", session, key, times(clock.millis() + 60_000));

    assertSame(session, cache.get("tok", keys));
    assertSame(session, cache.get("tok", keys), "a read does not end the entry");
    cache.put("tok", session, key, times(clock.millis() + 60_000));
    assertSame(session, cache.get("tok", keys), "a second put of the same token does not end the entry");
  }

  @Test
  void dropKeysWhenNoEntryWasVerifiedWithARemovedKidThenAllStay() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, 5_000, rules, clock);
    long exp = clock.millis() + 60_000;
    cache.put("a", SessionTest.session("a", Map.of()),
        new VerificationKey("k1", TestKeys.publicKey(TestKeys.PRIMARY), null), times(exp));
    Session kidless = SessionTest.session("b", Map.of());
    cache.put("b", kidless, key, times(exp));

    cache.dropKeys(Set.of("k9"));

    assertEquals(2, cache.size(), "k1 and the kid-less key are still in the set");
    assertSame(kidless, cache.get("b", keys));
  }

  @Test
  void getWhenOneTokenIsHitManyTimesThenTheEvictionPolicyHearsOfFewHits() {
    AtomicInteger maintenance = new AtomicInteger();
    VerifiedTokenCache cache = new VerifiedTokenCache(100, 5_000, rules, clock, task -> {
      maintenance.incrementAndGet();
      task.run();
    });
    // Half full, so the policy's frequency sketch is on and reads are recorded at all.
    for (int i = 0; i < 60; i++) {
      cache.put("t" + i, SessionTest.session("t" + i, Map.of()), key, times(clock.millis() + 60_000));
    }
    Session session = cache.get("t0", keys);
    int before = maintenance.get();

    int hits = 64_000;
    for (int i = 0; i < hits; i++) {
      assertSame(session, cache.get("t0", keys));
    }

    int runs = maintenance.get() - before;
    // Recording every hit fills a read buffer every 16 hits or so and drains it under the shared eviction lock.
    assertTrue(runs <= hits / 256, "maintenance runs on " + hits + " hits: " + runs);
  }

  @Test
  void putWhenFullOfTokensSeenTwiceThenATokenReadOftenStays() {
    VerifiedTokenCache cache = new VerifiedTokenCache(100, 5_000, rules, clock, Runnable::run);
    long exp = clock.millis() + 60_000;
    for (int i = 0; i < 100; i++) {
      cache.put("cold" + i, SessionTest.session("cold" + i, Map.of()), key, times(exp));
    }
    Session hot = SessionTest.session("hot", Map.of());
    cache.put("hot", hot, key, times(exp));
    for (int i = 0; i < 10_000; i++) {
      cache.get("hot", keys);
    }

    // The hot token keeps being read while the flood arrives, as on a gateway: the policy ages its counts as
    // entries come and go (how fast differs between Caffeine versions), so only reads it keeps hearing of count.
    for (int i = 0; i < 1_000; i++) {
      Session twice = SessionTest.session("twice" + i, Map.of());
      cache.put("twice" + i, twice, key, times(exp));
      cache.put("twice" + i, twice, key, times(exp));
      for (int read = 0; read < 64; read++) {
        cache.get("hot", keys);
      }
    }

    assertSame(hot, cache.get("hot", keys), "hits still reach the eviction policy, sampled");
  }
}
