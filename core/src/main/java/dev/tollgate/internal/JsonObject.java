package dev.tollgate.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable JSON object in member order, stored as one array of names and values side by side, exactly as
 * long as it needs to be: a token's claims are a dozen members read a few times each, so a linear scan (by
 * identity for the {@link JsonNames well-known names}) beats hashing and costs a fraction of a
 * {@code LinkedHashMap}'s memory.
 * Equality and hash code follow {@link java.util.Map}. Thread-safe.
 */
final class JsonObject extends AbstractMap<String, @Nullable Object> {

  /** Beyond this many members, duplicate detection switches from a scan to a hash set. */
  private static final int SCAN_LIMIT = 16;

  /** Name, value, name, value, ...: names are {@link String}s. */
  private final @Nullable Object[] members;

  private JsonObject(@Nullable Object[] members) {
    this.members = members;
  }

  /**
   * Copies members laid out side by side, name then value, unless a name repeats.
   *
   * @param members names ({@link String}) and values, alternating, in member order; a name equal to a
   *     {@link JsonNames well-known} one is its shared instance, as {@link JsonReader} hands them out
   * @param from the index of the first name
   * @param to one past the last value; {@code to - from} is even
   * @param compareNames whether names may repeat unseen by the caller, which then are compared here
   * @return the object, or {@code null} if a name occurs twice (which makes the document invalid)
   */
  static @Nullable JsonObject copyOf(@Nullable Object[] members, int from, int to, boolean compareNames) {
    assert wellKnownNamesShared(members, from, to) : "a well-known name that is not the shared instance";
    if (compareNames && hasDuplicateName(members, from, to)) {
      return null;
    }
    return new JsonObject(Arrays.copyOfRange(members, from, to));
  }

  private static boolean wellKnownNamesShared(@Nullable Object[] members, int from, int to) {
    for (int i = from; i < to; i += 2) {
      String name = name(members, i);
      int index = JsonNames.indexOf(name);
      if (index >= 0 && JsonNames.name(index) != name) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDuplicateName(@Nullable Object[] members, int from, int to) {
    if (to - from > 2 * SCAN_LIMIT) {
      Set<Object> seen = new HashSet<>();
      for (int i = from; i < to; i += 2) {
        if (!seen.add(Objects.requireNonNull(members[i]))) {
          return true;
        }
      }
      return false;
    }
    for (int i = from + 2; i < to; i += 2) {
      if (find(members, from, i, name(members, i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable Object get(@Nullable Object name) {
    int index = indexOf(name);
    return index < 0 ? null : members[index + 1];
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return members.length / 2;
  }

  private int indexOf(@Nullable Object name) {
    return name instanceof String text ? find(members, 0, members.length, text) : -1;
  }

  /**
   * The index of {@code name} among the names of {@code members[from, to)}, or -1. A well-known name is found by
   * identity alone: every member name equal to one is its shared instance, and the names a caller looks up are
   * the same string literals. Any other name is compared by hash before text, which costs no array of its own:
   * member names and literals both cache their hash code.
   */
  private static int find(@Nullable Object[] members, int from, int to, String name) {
    for (int i = from; i < to; i += 2) {
      if (members[i] == name) {
        return i;
      }
    }
    if (JsonNames.isShared(name)) {
      return -1;
    }
    int hash = name.hashCode();
    for (int i = from; i < to; i += 2) {
      String candidate = name(members, i);
      if (candidate.hashCode() == hash && candidate.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String name(@Nullable Object[] members, int index) {
    return (String) Objects.requireNonNull(members[index]);
  }

  @Override
  public Set<Entry<String, @Nullable Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, @Nullable Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < members.length;
          }

          @Override
          public Entry<String, @Nullable Object> next() {
            if (next >= members.length) {
              throw new NoSuchElementException();
            }
            int index = next;
            next += 2;
            return new SimpleImmutableEntry<>(name(members, index), members[index + 1]);
          }
        };
      }

      @Override
      public int size() {
        return members.length / 2;
      }
    };
  }
}
