package dev.tollgate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import dev.tollgate.internal.DeadlineExpiry;
import dev.tollgate.internal.keys.KeySource;
import dev.tollgate.internal.keys.VerificationKey;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Remembers tokens that passed verification, keyed by the exact token text, so a token a browser reuses for
 * its minute costs one RSA check instead of one per request. Bounded in size (Caffeine, least-recently and
 * least-frequently used out first). An entry lives until its token's {@code exp} plus the skew; every hit
 * re-checks {@code exp}, {@code nbf} and {@code iat} against the clock and that the key which verified it is
 * still served, so a hit answers exactly what a full verification would. Thread-safe.
 *
 * <p>A hit writes nothing other threads read: it looks the entry up without telling the eviction policy
 * ({@link Policy#getIfPresentQuietly}), except for one hit in {@value #RECORDED_HIT_ODDS}, drawn per thread, which
 * is recorded as Caffeine records every read. Recording every hit costs a compare-and-set on a buffer the threads
 * share and, every 16 hits or so, draining it under the cache's lock, so hits on one hot token did not scale with
 * threads; recording a sample keeps the relative frequencies the size-based eviction compares, so a token read
 * often still outlives tokens read once.
 */
final class VerifiedTokenCache {

  private record Entry(Session session, VerificationKey key, ClaimTimes times) {}

  /** One hit in this many is recorded with the eviction policy: {@value}; a power of two. */
  static final int RECORDED_HIT_ODDS = 64;

  private final Cache<String, Entry> entries;
  private final Policy<String, Entry> policy;
  private final TokenRules rules;
  private final Clock clock;

  VerifiedTokenCache(int maximumSize, long skewMillis, TokenRules rules, Clock clock) {
    this(maximumSize, skewMillis, rules, clock, Runnable::run);
  }

  /** @param maintenance runs Caffeine's maintenance (tests count it); the verifier runs it on the calling thread */
  VerifiedTokenCache(int maximumSize, long skewMillis, TokenRules rules, Clock clock, Executor maintenance) {
    this.rules = rules;
    this.clock = clock;
    this.entries = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .ticker(DeadlineExpiry.ticker(clock))
        .executor(maintenance)
        .expireAfter(new DeadlineExpiry<String, Entry>(clock, entry -> entry.times().expiresAt() + skewMillis))
        .build();
    this.policy = entries.policy();
  }

  /** @return the session verified earlier from exactly this token, if it would still verify now */
  @Nullable Session get(String token, KeySource keys) {
    Entry entry = (ThreadLocalRandom.current().nextInt() & (RECORDED_HIT_ODDS - 1)) == 0
        ? entries.getIfPresent(token) : policy.getIfPresentQuietly(token);
    if (entry == null) {
      return null;
    }
    if (!rules.timesValid(entry.times(), clock.millis()) || !keys.isCurrent(entry.key())) {
      entries.asMap().remove(token, entry);
      return null;
    }
    return entry.session();
  }

  void put(String token, Session session, VerificationKey key, ClaimTimes times) {
    entries.put(token, new Entry(session, key, times));
  }

  /** Drops every entry verified with a key whose kid left the key set. */
  void dropKeys(Set<String> removedKids) {
    if (!removedKids.isEmpty()) {
      entries.asMap().values().removeIf(entry -> entry.key().kid() != null && removedKids.contains(entry.key().kid()));
    }
  }

  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
