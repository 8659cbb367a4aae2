package dev.tollgate.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable JSON object in member order, stored as two arrays (names and values): a token's claims are a dozen
 * members read a few times each, so a linear scan beats hashing and costs a fraction of a {@code LinkedHashMap}'s
 * memory.
 * Equality and hash code follow {@link java.util.Map}. Thread-safe once built.
 */
final class JsonObject extends AbstractMap<String, @Nullable Object> {

  /** Beyond this many members, duplicate detection switches from a scan to a hash set. */
  private static final int SCAN_LIMIT = 16;

  private final String[] names;
  private final @Nullable Object[] values;
  private final int size;

  private JsonObject(String[] names, @Nullable Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  @Override
  public @Nullable Object get(@Nullable Object name) {
    int index = indexOf(name);
    return index < 0 ? null : values[index];
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  private int indexOf(@Nullable Object name) {
    return name instanceof String text ? find(names, size, text) : -1;
  }

  /**
   * The index of {@code name} among the first {@code size} members, or -1; compares hashes before text, which
   * costs no array of its own: member names and the literals they are looked up with both cache their hash code.
   */
  private static int find(String[] names, int size, String name) {
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      if (names[i].hashCode() == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
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
            return next < size;
          }

          @Override
          public Entry<String, @Nullable Object> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int index = next++;
            return new SimpleImmutableEntry<>(names[index], values[index]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Collects members in order and refuses a repeated name. Not thread-safe. */
  static final class Builder {
    private String[] names;
    private @Nullable Object[] values;
    private int size;
    private @Nullable Set<String> seen;

    /** @param capacity members expected: a token's claims are about a dozen, nested objects a few */
    Builder(int capacity) {
      names = new String[capacity];
      values = new Object[capacity];
    }

    /** @return {@code false} if {@code name} is already a member (the object is then invalid) */
    boolean add(String name, @Nullable Object value) {
      if (isDuplicate(name)) {
        return false;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      return true;
    }

    private boolean isDuplicate(String name) {
      if (seen != null) {
        return !seen.add(name);
      }
      if (find(names, size, name) >= 0) {
        return true;
      }
      if (size >= SCAN_LIMIT) {
        seen = new HashSet<>(Arrays.asList(names).subList(0, size));
        seen.add(name);
      }
      return false;
    }

    JsonObject build() {
      return new JsonObject(names, values, size);
    }
  }
}
