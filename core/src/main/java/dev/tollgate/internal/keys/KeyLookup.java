package dev.tollgate.internal.keys;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "which key verifies this kid": a usable key, a key that exists but may not be used, or no
 * key. Instances are prebuilt per key set, so a lookup allocates nothing.
 */
public final class KeyLookup {

  /** No key has the kid (or the token has no kid). */
  public static final KeyLookup MISS = new KeyLookup(null, null);

  private final @Nullable VerificationKey key;
  private final @Nullable String unusableReason;
  private final CompletableFuture<KeyLookup> completed;

  private KeyLookup(@Nullable VerificationKey key, @Nullable String unusableReason) {
    this.key = key;
    this.unusableReason = unusableReason;
    this.completed = CompletableFuture.completedFuture(this);
  }

  /** @return this lookup as an already completed future, prebuilt so the warm path allocates nothing */
  public CompletableFuture<KeyLookup> completed() {
    return completed;
  }

  static KeyLookup found(VerificationKey key) {
    return new KeyLookup(Objects.requireNonNull(key, "key"), null);
  }

  static KeyLookup unusable(String reason) {
    return new KeyLookup(null, Objects.requireNonNull(reason, "reason"));
  }

  /** @return the key, or {@code null} if there is no usable key */
  public @Nullable VerificationKey key() {
    return key;
  }

  /** @return why the key named by the kid may not be used, or {@code null} */
  public @Nullable String unusableReason() {
    return unusableReason;
  }

  public boolean isMiss() {
    return this == MISS;
  }
}
