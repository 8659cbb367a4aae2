package dev.tollgate.internal.keys;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of loaded keys by kid, with the time it was fetched and how long it stays fresh.
 * Unusable keys are kept by kid too, so a token naming one gets a precise rejection instead of "unknown kid".
 */
public final class KeySet {

  /** Each kid's answer, prebuilt as a completed future so the warm path allocates nothing. */
  private final Map<String, CompletableFuture<KeyLookup>> byKid;
  private final Set<String> usableKids;
  private final long fetchedAtMillis;
  private final long timeToLiveMillis;

  KeySet(Map<String, VerificationKey> usable, Map<String, String> unusable, long fetchedAtMillis,
      long timeToLiveMillis) {
    Map<String, CompletableFuture<KeyLookup>> lookups = new HashMap<>();
    unusable.forEach((kid, reason) -> lookups.put(kid, completed(new KeyLookup.Unusable(reason))));
    usable.forEach((kid, key) -> lookups.put(kid, completed(new KeyLookup.Found(key))));
    this.byKid = Map.copyOf(lookups);
    this.usableKids = Collections.unmodifiableSet(new TreeSet<>(usable.keySet()));
    this.fetchedAtMillis = fetchedAtMillis;
    this.timeToLiveMillis = timeToLiveMillis;
  }

  private static CompletableFuture<KeyLookup> completed(KeyLookup lookup) {
    return CompletableFuture.completedFuture(lookup);
  }

  /** @return the lookup for {@code kid}; {@link KeyLookup#MISS} when absent or {@code kid} is null */
  public KeyLookup lookup(@Nullable String kid) {
    return answer(kid).getNow(KeyLookup.MISS);
  }

  /**
   * @return the lookup for {@code kid} as a prebuilt completed future; {@link KeyLookup#MISS_COMPLETED} when
   *     absent or {@code kid} is null
   */
  public CompletableFuture<KeyLookup> answer(@Nullable String kid) {
    CompletableFuture<KeyLookup> answer = kid == null ? null : byKid.get(kid);
    return answer == null ? KeyLookup.MISS_COMPLETED : answer;
  }

  /** @return the usable key with this kid, or {@code null} */
  public @Nullable VerificationKey usable(String kid) {
    return lookup(kid) instanceof KeyLookup.Found found ? found.key() : null;
  }

  /** @return usable kids, sorted; unmodifiable */
  public Set<String> usableKids() {
    return usableKids;
  }

  public long fetchedAtMillis() {
    return fetchedAtMillis;
  }

  public long timeToLiveMillis() {
    return timeToLiveMillis;
  }

  public long freshUntilMillis() {
    return fetchedAtMillis + timeToLiveMillis;
  }

  /**
   * The same set with every key that is unchanged since {@code previous} replaced by the previous instance,
   * so identity checks on keys (the verified-token cache) survive a refresh that changed nothing.
   */
  KeySet reusingKeysOf(@Nullable KeySet previous) {
    if (previous == null) {
      return this;
    }
    Map<String, VerificationKey> usable = new HashMap<>();
    Map<String, String> unusable = new HashMap<>();
    byKid.keySet().forEach(kid -> {
      KeyLookup lookup = lookup(kid);
      if (lookup instanceof KeyLookup.Found found) {
        VerificationKey old = previous.usable(kid);
        usable.put(kid, old != null && old.sameAs(found.key()) ? old : found.key());
      } else if (lookup instanceof KeyLookup.Unusable unusableKey) {
        unusable.put(kid, unusableKey.reason());
      }
    });
    return new KeySet(usable, unusable, fetchedAtMillis, timeToLiveMillis);
  }
}
