package dev.tollgate.internal.keys;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The answer to "which key verifies this kid": a usable key ({@link Found}), a key that exists but may not be
 * used ({@link Unusable}), or no key ({@link #MISS}). A {@link KeySet} prebuilds each answer as a completed
 * future, so a lookup on the warm path allocates nothing.
 */
public sealed interface KeyLookup permits KeyLookup.Found, KeyLookup.Unusable, KeyLookup.Miss {

  /** No key has the kid (or the token has no kid). */
  KeyLookup MISS = new Miss();

  /** {@link #MISS} as an already completed future. */
  CompletableFuture<KeyLookup> MISS_COMPLETED = CompletableFuture.completedFuture(MISS);

  /** @param key the usable key the kid names */
  record Found(VerificationKey key) implements KeyLookup {
    public Found {
      Objects.requireNonNull(key, "key");
    }
  }

  /** @param reason why the key the kid names may not be used; safe to show */
  record Unusable(String reason) implements KeyLookup {
    public Unusable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** No key: the only instance is {@link #MISS}. */
  final class Miss implements KeyLookup {
    private Miss() {}

    @Override
    public String toString() {
      return "Miss";
    }
  }
}
