package dev.tollgate.test.tokens;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Members a {@link TokenSpec} sets or leaves out on top of what it would write, for the claims or the header: the
 * last call for a name wins. Mutable; each spec owns its copy and never changes it after construction.
 */
final class Overrides {

  private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();

  Overrides copy() {
    Overrides copy = new Overrides();
    copy.values.putAll(values);
    copy.removed.addAll(removed);
    return copy;
  }

  void put(String name, @Nullable Object value) {
    removed.remove(name);
    values.put(name, value);
  }

  void remove(String name) {
    values.remove(name);
    removed.add(name);
  }

  /** Writes the set members over the target's and takes the removed ones out. */
  void applyTo(Map<String, @Nullable Object> target) {
    target.putAll(values);
    target.keySet().removeAll(removed);
  }
}
