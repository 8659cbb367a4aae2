package dev.tollgate;

import dev.tollgate.internal.CompactJws;
import dev.tollgate.internal.Futures;
import dev.tollgate.internal.Guarded;
import dev.tollgate.internal.JwsAlgorithm;
import dev.tollgate.internal.MalformedTokenException;
import dev.tollgate.internal.RsaSignatures;
import dev.tollgate.internal.keys.KeyLookup;
import dev.tollgate.internal.keys.KeySource;
import dev.tollgate.internal.keys.KeysUnavailable;
import dev.tollgate.internal.keys.VerificationKey;
import dev.tollgate.observability.KeySourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The {@link SessionVerifier} built by {@link SessionVerifierBuilder}. The synchronous path allocates no
 * futures and throws nothing when the token is good; the asynchronous path completes on the caller's thread
 * whenever the keys are already loaded. Without a {@link VerificationListener} neither path reads the clock or
 * allocates anything for observation; with one, each outcome is reported once, before the caller sees it.
 */
final class DefaultSessionVerifier implements SessionVerifier {

  private final KeySource keys;
  private final TokenRules rules;
  private final Clock clock;
  private final int maxTokenLength;
  private final @Nullable VerifiedTokenCache cache;
  private final @Nullable PublishableKey publishableKey;
  private final @Nullable Guarded<VerificationListener> listener;
  private volatile @Nullable CheckedHeader lastHeader;

  /** The logger name of a failing verification listener's message: {@value}. */
  static final String LISTENER_LOGGER_NAME = "dev.tollgate.verification";

  DefaultSessionVerifier(KeySource keys, TokenRules rules, Clock clock, int maxTokenLength,
      @Nullable VerifiedTokenCache cache, @Nullable PublishableKey publishableKey,
      @Nullable VerificationListener listener) {
    this.keys = keys;
    this.rules = rules;
    this.clock = clock;
    this.maxTokenLength = maxTokenLength;
    this.cache = cache;
    this.publishableKey = publishableKey;
    this.listener = listener == null ? null
        : new Guarded<>(listener, System.getLogger(LISTENER_LOGGER_NAME), "verification listener");
  }

  @Override
  public Optional<PublishableKey> publishableKey() {
    return Optional.ofNullable(publishableKey);
  }

  /**
   * A header that passed {@link TokenRules#checkHeader}. Tokens of one Clerk instance carry the same header
   * segment, so the last one is kept and reused for a byte-identical segment.
   */
  private record CheckedHeader(CompactJws.Header header, JwsAlgorithm algorithm, @Nullable String kid) {
    CheckedHeader(CompactJws.Header header, JwsAlgorithm algorithm) {
      this(header, algorithm, (String) header.fields().get("kid"));
    }
  }

  /** A token the cache did not answer that passed the checks needing no key. */
  private record Parsed(CompactJws jws, CheckedHeader header) {}

  /**
   * Where a key leaves a token: {@link Verified}, or its signature failed with the kid's key, which may have
   * changed upstream ({@link SignatureFailed}).
   */
  private sealed interface KeyOutcome permits Verified, SignatureFailed {}

  private record Verified(Session session) implements KeyOutcome {}

  private record SignatureFailed(VerificationKey used) implements KeyOutcome {}

  @Override
  public Session verify(String token) throws TokenVerificationException, KeysUnavailableException {
    Guarded<VerificationListener> observer = listener;
    if (observer == null) {
      Objects.requireNonNull(token, "token");
      Session hit = cacheHit(token);
      return hit != null ? hit : verifyParsed(parse(token));
    }
    Objects.requireNonNull(token, "token");
    Session hit = cacheHit(token);
    if (hit != null) {
      // Not timed: two clock reads would cost more than the rest of a hit.
      report(observer, VerificationOutcome.Accepted.FROM_CACHE);
      return hit;
    }
    long start = System.nanoTime();
    Session session;
    try {
      session = verifyParsed(parse(token));
    } catch (TokenVerificationException rejected) {
      report(observer, new VerificationOutcome.Rejected(rejected.reason(), System.nanoTime() - start));
      throw rejected;
    } catch (KeysUnavailableException unavailable) {
      report(observer, new VerificationOutcome.KeysUnavailable(System.nanoTime() - start));
      throw unavailable;
    }
    report(observer, new VerificationOutcome.Accepted(false, System.nanoTime() - start));
    return session;
  }

  private Session verifyParsed(Parsed parsed) throws TokenVerificationException, KeysUnavailableException {
    KeyOutcome outcome = withKey(parsed, await(keys.find(parsed.header().kid())));
    if (outcome instanceof SignatureFailed failed) {
      return withChangedKey(parsed, await(keys.changedKey(failed.used())));
    }
    return ((Verified) outcome).session();
  }

  private static void report(Guarded<VerificationListener> observer, VerificationOutcome outcome) {
    observer.deliver(VerificationListener::onVerification, outcome);
  }

  @Override
  public CompletionStage<Session> verifyAsync(String token) {
    Guarded<VerificationListener> observer = listener;
    if (observer == null) {
      return verifyAsyncUnobserved(token);
    }
    Objects.requireNonNull(token, "token");
    Session hit = cacheHit(token);
    if (hit != null) {
      report(observer, VerificationOutcome.Accepted.FROM_CACHE);
      return CompletableFuture.completedFuture(hit);
    }
    long start = System.nanoTime();
    Parsed parsed;
    try {
      parsed = parse(token);
    } catch (TokenVerificationException rejected) {
      report(observer, new VerificationOutcome.Rejected(rejected.reason(), System.nanoTime() - start));
      return CompletableFuture.failedFuture(rejected);
    }
    CompletableFuture<Session> observed = new CompletableFuture<>();
    verifyParsedAsync(parsed).whenComplete((session, error) -> {
      if (error == null) {
        report(observer, new VerificationOutcome.Accepted(false, System.nanoTime() - start));
        observed.complete(session);
        return;
      }
      Throwable cause = Futures.unwrap(error);
      if (cause instanceof TokenVerificationException rejected) {
        report(observer, new VerificationOutcome.Rejected(rejected.reason(), System.nanoTime() - start));
      } else if (cause instanceof KeysUnavailableException) {
        report(observer, new VerificationOutcome.KeysUnavailable(System.nanoTime() - start));
      }
      observed.completeExceptionally(cause);
    });
    return observed;
  }

  private CompletionStage<Session> verifyAsyncUnobserved(String token) {
    Objects.requireNonNull(token, "token");
    Session hit = cacheHit(token);
    if (hit != null) {
      return CompletableFuture.completedFuture(hit);
    }
    Parsed parsed;
    try {
      parsed = parse(token);
    } catch (TokenVerificationException rejected) {
      return CompletableFuture.failedFuture(rejected);
    }
    return verifyParsedAsync(parsed);
  }

  /** Completes exceptionally with the public exceptions, unwrapped. */
  private CompletableFuture<Session> verifyParsedAsync(Parsed parsed) {
    CompletableFuture<Session> verified =
        keys.find(parsed.header().kid()).thenCompose(lookup -> afterKey(parsed, lookup));
    if (verified.isDone() && !verified.isCompletedExceptionally()) {
      return verified;
    }
    CompletableFuture<Session> result = new CompletableFuture<>();
    verified.whenComplete((session, error) -> {
      if (error != null) {
        result.completeExceptionally(published(Futures.unwrap(error)));
      } else {
        result.complete(session);
      }
    });
    return result;
  }

  private CompletableFuture<Session> afterKey(Parsed parsed, KeyLookup lookup) {
    KeyOutcome outcome;
    try {
      outcome = withKey(parsed, lookup);
    } catch (TokenVerificationException rejected) {
      return CompletableFuture.failedFuture(rejected);
    }
    if (outcome instanceof SignatureFailed failed) {
      return keys.changedKey(failed.used()).thenApply(changed -> {
        try {
          return withChangedKey(parsed, changed);
        } catch (TokenVerificationException rejected) {
          throw new CompletionException(rejected);
        }
      });
    }
    return CompletableFuture.completedFuture(((Verified) outcome).session());
  }

  /** The token's verdict with the key its kid names; both paths start here. */
  private KeyOutcome withKey(Parsed parsed, KeyLookup lookup) throws TokenVerificationException {
    if (lookup instanceof KeyLookup.Found found) {
      VerificationKey key = found.key();
      return signedWith(parsed, key) ? new Verified(accept(parsed, key)) : new SignatureFailed(key);
    }
    if (lookup instanceof KeyLookup.Unusable unusable) {
      throw new TokenVerificationException(RejectionReason.JWK_UNUSABLE,
          "The signing key named by the token may not be used: " + unusable.reason() + ".");
    }
    throw new TokenVerificationException(RejectionReason.JWK_KID_MISMATCH,
        "Unable to find a signing key in the key set that matches the kid of the provided session token.");
  }

  /**
   * The token's verdict after its signature failed with the kid's key and the source was asked for the kid's
   * new key ({@code null}: unchanged, or the check was throttled); both paths end here. The new key passes the
   * same checks as the first one.
   */
  private Session withChangedKey(Parsed parsed, @Nullable VerificationKey changed)
      throws TokenVerificationException {
    if (changed == null || !signedWith(parsed, changed)) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_SIGNATURE, "JWT signature is invalid.");
    }
    return accept(parsed, changed);
  }

  /** Whether {@code key} may verify this token's algorithm and its signature verifies with it. */
  private static boolean signedWith(Parsed parsed, VerificationKey key) throws TokenVerificationException {
    JwsAlgorithm algorithm = parsed.header().algorithm();
    if (!key.allows(algorithm)) {
      throw new TokenVerificationException(RejectionReason.JWK_UNUSABLE,
          "The signing key named by the token is restricted to another algorithm.");
    }
    CompactJws jws = parsed.jws();
    return RsaSignatures.verify(algorithm, key.publicKey(), jws.token(), jws.signingInputLength(), jws.signature());
  }

  /** The cached session of {@code token}, or {@code null}: no cache, a miss, or a token too long to be cached. */
  private @Nullable Session cacheHit(String token) {
    return cache == null || token.length() > maxTokenLength ? null : cache.get(token, keys);
  }

  /** Checks what needs no key, for a token the cache did not answer. */
  private Parsed parse(String token) throws TokenVerificationException {
    if (token.length() > maxTokenLength) {
      throw new TokenVerificationException(RejectionReason.TOKEN_TOO_LARGE,
          "The token is longer than " + maxTokenLength + " characters.");
    }
    CheckedHeader last = lastHeader;
    CompactJws jws;
    try {
      jws = CompactJws.parse(token, last == null ? null : last.header());
    } catch (MalformedTokenException malformed) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID,
          "Invalid JWT form. " + malformed.getMessage());
    }
    CheckedHeader header;
    if (last != null && jws.header() == last.header()) {
      header = last;
    } else {
      header = new CheckedHeader(jws.header(), rules.checkHeader(jws.header().fields()));
      lastHeader = header;
    }
    return new Parsed(jws, header);
  }

  private Session accept(Parsed parsed, VerificationKey key) throws TokenVerificationException {
    CompactJws jws = parsed.jws();
    ClaimTimes times = rules.checkClaims(jws.payload(), clock.millis());
    Session session = SessionClaimsMapper.map(jws.token(), key.kid(), jws.payload(), times);
    if (cache != null) {
      cache.put(jws.token(), session, key, times);
    }
    return session;
  }

  private <T extends @Nullable Object> T await(CompletableFuture<T> future) throws KeysUnavailableException {
    try {
      if (future.isDone() && !future.isCompletedExceptionally()) {
        return future.getNow(null);
      }
      return future.get(keys.fetchWaitTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      Throwable cause = Futures.unwrap(failed);
      if (cause instanceof KeysUnavailable unavailable) {
        throw published(unavailable);
      }
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new KeysUnavailableException("loading signing keys failed", Duration.ofSeconds(1), cause);
    } catch (TimeoutException slow) {
      throw new KeysUnavailableException("signing keys did not load within "
          + keys.fetchWaitTimeout().toMillis() + " ms", Duration.ofSeconds(1), null);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KeysUnavailableException("interrupted while waiting for signing keys", Duration.ofSeconds(1), null);
    }
  }

  /** The key source's failure as the public exception; any other error as it is. */
  private static Throwable published(Throwable error) {
    return error instanceof KeysUnavailable unavailable ? published(unavailable) : error;
  }

  private static KeysUnavailableException published(KeysUnavailable unavailable) {
    KeysUnavailableException published = new KeysUnavailableException(
        Objects.requireNonNull(unavailable.getMessage()), unavailable.retryAfter(), unavailable.getCause());
    published.setStackTrace(unavailable.getStackTrace());  // where the key source gave up, not this translation
    return published;
  }

  @Override
  public void warmUp(Duration timeout) throws KeysUnavailableException {
    Objects.requireNonNull(timeout, "timeout");
    try {
      keys.warmUp(timeout);
    } catch (KeysUnavailable unavailable) {
      throw published(unavailable);
    }
  }

  @Override
  public KeySourceHealth health() {
    return keys.health();
  }

  @Override
  public void close() {
    keys.close();
  }

  @Override
  public String toString() {
    return "SessionVerifier[" + keys.getClass().getSimpleName() + ", " + keys.health().state() + "]";
  }
}
