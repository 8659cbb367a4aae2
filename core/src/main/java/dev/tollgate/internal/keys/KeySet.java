package dev.tollgate.internal.keys;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of loaded keys by kid, with the time it was fetched and how long it stays fresh.
 * Unusable keys are kept by kid too, so a token naming one gets a precise rejection instead of "unknown kid".
 */
public final class KeySet {

  private final Map<String, KeyLookup> byKid;
  private final Set<String> usableKids;
  private final long fetchedAtMillis;
  private final long timeToLiveMillis;

  KeySet(Map<String, VerificationKey> usable, Map<String, String> unusable, long fetchedAtMillis,
      long timeToLiveMillis) {
    Map<String, KeyLookup> lookups = new HashMap<>();
    unusable.forEach((kid, reason) -> lookups.put(kid, KeyLookup.unusable(reason)));
    usable.forEach((kid, key) -> lookups.put(kid, KeyLookup.found(key)));
    this.byKid = Map.copyOf(lookups);
    this.usableKids = Collections.unmodifiableSet(new TreeSet<>(usable.keySet()));
    this.fetchedAtMillis = fetchedAtMillis;
    this.timeToLiveMillis = timeToLiveMillis;
  }

  /** @return the lookup for {@code kid}; {@link KeyLookup#MISS} when absent or {@code kid} is null */
  public KeyLookup lookup(@Nullable String kid) {
    if (kid == null) {
      return KeyLookup.MISS;
    }
    KeyLookup lookup = byKid.get(kid);
    return lookup == null ? KeyLookup.MISS : lookup;
  }

  /** @return the usable key with this kid, or {@code null} */
  public @Nullable VerificationKey usable(String kid) {
    KeyLookup lookup = byKid.get(kid);
    return lookup == null ? null : lookup.key();
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
    byKid.forEach((kid, lookup) -> {
      VerificationKey key = lookup.key();
      if (key == null) {
        unusable.put(kid, lookup.unusableReason());
      } else {
        VerificationKey old = previous.usable(kid);
        usable.put(kid, old != null && old.sameAs(key) ? old : key);
      }
    });
    return new KeySet(usable, unusable, fetchedAtMillis, timeToLiveMillis);
  }
}
