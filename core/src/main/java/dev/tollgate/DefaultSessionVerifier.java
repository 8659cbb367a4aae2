package dev.tollgate;

import dev.tollgate.internal.CompactJws;
import dev.tollgate.internal.Futures;
import dev.tollgate.internal.MalformedTokenException;
import dev.tollgate.internal.RsaSignatures;
import dev.tollgate.internal.keys.KeyLookup;
import dev.tollgate.internal.keys.KeySource;
import dev.tollgate.internal.keys.VerificationKey;
import dev.tollgate.keys.KeySourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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
 * whenever the keys are already loaded.
 */
final class DefaultSessionVerifier implements SessionVerifier {

  private final KeySource keys;
  private final TokenRules rules;
  private final Clock clock;
  private final int maxTokenLength;
  private final @Nullable VerifiedTokenCache cache;
  private volatile @Nullable CheckedHeader lastHeader;

  DefaultSessionVerifier(KeySource keys, TokenRules rules, Clock clock, int maxTokenLength,
      @Nullable VerifiedTokenCache cache) {
    this.keys = keys;
    this.rules = rules;
    this.clock = clock;
    this.maxTokenLength = maxTokenLength;
    this.cache = cache;
  }

  /**
   * A header that passed {@link TokenRules#checkHeader}. Tokens of one Clerk instance carry the same header
   * segment, so the last one is kept and reused for a byte-identical segment.
   */
  private static final class CheckedHeader {
    final CompactJws.Header header;
    final int algorithm;
    final String algorithmName;
    final @Nullable String kid;

    CheckedHeader(CompactJws.Header header, int algorithm) {
      this.header = header;
      this.algorithm = algorithm;
      this.algorithmName = (String) Objects.requireNonNull(header.fields().get("alg"));
      this.kid = (String) header.fields().get("kid");
    }
  }

  /** A token that passed the checks that need no key, or a cache hit. */
  private static final class Prepared {
    final @Nullable Session cached;
    final @Nullable CompactJws jws;
    final @Nullable CheckedHeader header;

    Prepared(@Nullable Session cached, @Nullable CompactJws jws, @Nullable CheckedHeader header) {
      this.cached = cached;
      this.jws = jws;
      this.header = header;
    }

    @Nullable String kid() {
      return header == null ? null : header.kid;
    }
  }

  /**
   * Where a key leaves a token: {@link Verified}, or its signature failed with the kid's key, which may have
   * changed upstream ({@link SignatureFailed}).
   */
  private sealed interface KeyOutcome permits Verified, SignatureFailed {}

  private record Verified(Session session) implements KeyOutcome {}

  private record SignatureFailed(VerificationKey used) implements KeyOutcome {}

  @Override
  public Session verify(String token) throws TokenVerificationException, KeysUnavailableException {
    Prepared prepared = prepare(token);
    if (prepared.cached != null) {
      return prepared.cached;
    }
    KeyOutcome outcome = withKey(prepared, await(keys.find(prepared.kid())));
    if (outcome instanceof SignatureFailed failed) {
      return withChangedKey(prepared, await(keys.changedKey(failed.used())));
    }
    return ((Verified) outcome).session();
  }

  @Override
  public CompletionStage<Session> verifyAsync(String token) {
    Prepared prepared;
    try {
      prepared = prepare(token);
    } catch (TokenVerificationException rejected) {
      return CompletableFuture.failedFuture(rejected);
    }
    if (prepared.cached != null) {
      return CompletableFuture.completedFuture(prepared.cached);
    }
    CompletableFuture<Session> verified = keys.find(prepared.kid()).thenCompose(lookup -> afterKey(prepared, lookup));
    if (verified.isDone() && !verified.isCompletedExceptionally()) {
      return verified;
    }
    CompletableFuture<Session> result = new CompletableFuture<>();
    verified.whenComplete((session, error) -> {
      if (error != null) {
        result.completeExceptionally(Futures.unwrap(error));
      } else {
        result.complete(session);
      }
    });
    return result;
  }

  private CompletableFuture<Session> afterKey(Prepared prepared, KeyLookup lookup) {
    KeyOutcome outcome;
    try {
      outcome = withKey(prepared, lookup);
    } catch (TokenVerificationException rejected) {
      return CompletableFuture.failedFuture(rejected);
    }
    if (outcome instanceof SignatureFailed failed) {
      return keys.changedKey(failed.used()).thenApply(changed -> {
        try {
          return withChangedKey(prepared, changed);
        } catch (TokenVerificationException rejected) {
          throw new CompletionException(rejected);
        }
      });
    }
    return CompletableFuture.completedFuture(((Verified) outcome).session());
  }

  /** The token's verdict with the key its kid names; both paths start here. */
  private KeyOutcome withKey(Prepared prepared, KeyLookup lookup) throws TokenVerificationException {
    VerificationKey key = lookup.key();
    if (key == null) {
      String unusable = lookup.unusableReason();
      if (unusable != null) {
        throw new TokenVerificationException(RejectionReason.JWK_UNUSABLE,
            "The signing key named by the token may not be used: " + unusable + ".");
      }
      throw new TokenVerificationException(RejectionReason.JWK_KID_MISMATCH,
          "Unable to find a signing key in the key set that matches the kid of the provided session token.");
    }
    return signedWith(prepared, key) ? new Verified(accept(prepared, key)) : new SignatureFailed(key);
  }

  /**
   * The token's verdict after its signature failed with the kid's key and the source was asked for the kid's
   * new key ({@code null}: unchanged, or the check was throttled); both paths end here. The new key passes the
   * same checks as the first one.
   */
  private Session withChangedKey(Prepared prepared, @Nullable VerificationKey changed)
      throws TokenVerificationException {
    if (changed == null || !signedWith(prepared, changed)) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID_SIGNATURE, "JWT signature is invalid.");
    }
    return accept(prepared, changed);
  }

  /** Whether {@code key} may verify this token's algorithm and its signature verifies with it. */
  private static boolean signedWith(Prepared prepared, VerificationKey key) throws TokenVerificationException {
    CheckedHeader header = Objects.requireNonNull(prepared.header);
    if (!key.allows(header.algorithmName)) {
      throw new TokenVerificationException(RejectionReason.JWK_UNUSABLE,
          "The signing key named by the token is restricted to another algorithm.");
    }
    CompactJws jws = Objects.requireNonNull(prepared.jws);
    return RsaSignatures.verify(header.algorithm, key.publicKey(), jws.token(), jws.signingInputLength(),
        jws.signature());
  }

  private Prepared prepare(String token) throws TokenVerificationException {
    Objects.requireNonNull(token, "token");
    if (token.length() > maxTokenLength) {
      throw new TokenVerificationException(RejectionReason.TOKEN_TOO_LARGE,
          "The token is longer than " + maxTokenLength + " characters.");
    }
    if (cache != null) {
      Session hit = cache.get(token, keys);
      if (hit != null) {
        return new Prepared(hit, null, null);
      }
    }
    CheckedHeader last = lastHeader;
    CompactJws jws;
    try {
      jws = CompactJws.parse(token, last == null ? null : last.header);
    } catch (MalformedTokenException malformed) {
      throw new TokenVerificationException(RejectionReason.TOKEN_INVALID,
          "Invalid JWT form. " + malformed.getMessage());
    }
    CheckedHeader header = last;
    if (last == null || jws.header() != last.header) {
      header = new CheckedHeader(jws.header(), rules.checkHeader(jws.header().fields()));
      lastHeader = header;
    }
    return new Prepared(null, jws, header);
  }

  private Session accept(Prepared prepared, VerificationKey key) throws TokenVerificationException {
    CompactJws jws = Objects.requireNonNull(prepared.jws);
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
      if (cause instanceof KeysUnavailableException) {
        throw (KeysUnavailableException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
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

  @Override
  public void warmUp(Duration timeout) throws KeysUnavailableException {
    Objects.requireNonNull(timeout, "timeout");
    keys.warmUp(timeout);
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
