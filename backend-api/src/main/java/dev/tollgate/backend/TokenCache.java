package dev.tollgate.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tollgate.backend.BackendApiException.ErrorKind;
import dev.tollgate.internal.DeadlineExpiry;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Minted tokens per (session id, template), with the semantics of Clerk's {@code session.getToken()}: a token is
 * handed out again until it is within the caller's leeway of its {@code exp}; {@code skipCache} always mints a new
 * one (which then replaces the cached one); callers that ask for the same key while a token is being minted wait
 * for that one request instead of sending their own. The number of keys is bounded (Caffeine), and an entry
 * expires at its token's {@code exp}, read through the injected clock.
 *
 * <p>The mint runs on the thread of the caller that started it, never inside the cache's locks; the others wait
 * for its result, which always comes, since every call is bounded by the request timeout and the retry budget.
 */
final class TokenCache {

  /** Mints one token. */
  @FunctionalInterface
  interface Minter {
    Token mint() throws BackendApiException;
  }

  private final Cache<Key, CompletableFuture<Token>> cache;
  private final Clock clock;
  private final Runnable onShared;

  /**
   * @param onShared called each time a caller joins a mint already in flight; a test seam, a no-op otherwise
   */
  TokenCache(int maximumSize, Clock clock, Runnable onShared) {
    this.clock = clock;
    this.onShared = onShared;
    this.cache = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .ticker(DeadlineExpiry.ticker(clock))
        .executor(Runnable::run)
        .expireAfter(new DeadlineExpiry<Key, CompletableFuture<Token>>(clock, TokenCache::deadlineMillis))
        .build();
  }

  Token get(String sessionId, GetTokenOptions options, Minter minter) throws BackendApiException {
    Key key = new Key(sessionId, options.template().orElse(null));
    long leewayMillis = options.leeway().toMillis();
    while (true) {
      long now = clock.millis();
      CompletableFuture<Token> mine = new CompletableFuture<>();
      CompletableFuture<Token> current = cache.asMap().compute(key, (k, existing) ->
          !options.skipCache() && existing != null && (!existing.isDone() || reusable(existing, now, leewayMillis))
              ? existing : mine);
      if (current == mine) {
        return mint(key, mine, minter);
      }
      if (!current.isDone()) {
        onShared.run();
      }
      Token shared = await(current);
      if (shared != null) {
        return shared;
      }
      // The minting thread was interrupted, not this one: try again.
    }
  }

  /** Drops the cached tokens of a session, every template included. */
  void invalidate(String sessionId) {
    cache.asMap().keySet().removeIf(key -> key.sessionId.equals(sessionId));
  }

  private Token mint(Key key, CompletableFuture<Token> mine, Minter minter) throws BackendApiException {
    Token token;
    try {
      token = minter.mint();
    } catch (BackendApiException | RuntimeException | Error failure) {
      cache.asMap().remove(key, mine);
      mine.completeExceptionally(failure);
      throw failure;
    }
    mine.complete(token);
    // Recomputes the entry's expiry, now that the token's exp is known.
    cache.asMap().replace(key, mine, mine);
    return token;
  }

  /** @return the shared token, or {@code null} if the minting thread was interrupted and this one should retry */
  private static @Nullable Token await(CompletableFuture<Token> shared) throws BackendApiException {
    try {
      return shared.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new BackendApiException(ErrorKind.INTERRUPTED, "interrupted while waiting for a token being minted");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof BackendApiException) {
        BackendApiException original = (BackendApiException) cause;
        if (original.kind() == ErrorKind.INTERRUPTED) {
          return null;
        }
        throw original.copy(String.valueOf(original.getMessage()), original);
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("minting a token failed", cause);
    }
  }

  private static boolean reusable(CompletableFuture<Token> done, long nowMillis, long leewayMillis) {
    Token token = completedToken(done);
    return token != null && token.expiresAt().toEpochMilli() - nowMillis > leewayMillis;
  }

  /** The token a mint produced, or {@code null} while it runs or when it failed. */
  private static @Nullable Token completedToken(CompletableFuture<Token> mint) {
    return mint.isDone() && !mint.isCompletedExceptionally() ? mint.getNow(null) : null;
  }

  /** An entry lives until its token's exp; a mint in flight does not expire, a failed one at once. */
  private static long deadlineMillis(CompletableFuture<Token> mint) {
    Token token = completedToken(mint);
    if (token == null) {
      return mint.isDone() ? Long.MIN_VALUE : DeadlineExpiry.NEVER;
    }
    return token.expiresAt().toEpochMilli();
  }

  /** (session id, template or none). */
  private static final class Key {
    private final String sessionId;
    private final @Nullable String template;

    Key(String sessionId, @Nullable String template) {
      this.sessionId = sessionId;
      this.template = template;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Key)) {
        return false;
      }
      Key that = (Key) other;
      return sessionId.equals(that.sessionId) && Objects.equals(template, that.template);
    }

    @Override
    public int hashCode() {
      return 31 * sessionId.hashCode() + Objects.hashCode(template);
    }
  }
}
