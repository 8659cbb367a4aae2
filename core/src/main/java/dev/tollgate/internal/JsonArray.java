package dev.tollgate.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable JSON array: the elements as parsed, {@code null} for JSON {@code null}, in one array that may be
 * longer than the list. A token's arrays hold two to a few elements, so this costs less than an {@code ArrayList}
 * behind an unmodifiable view. Equality and hash code follow {@link java.util.List}. Thread-safe once built.
 */
final class JsonArray extends AbstractList<@Nullable Object> implements RandomAccess {

  private final @Nullable Object[] elements;
  private final int size;

  private JsonArray(@Nullable Object[] elements, int size) {
    this.elements = elements;
    this.size = size;
  }

  @Override
  public @Nullable Object get(int index) {
    Objects.checkIndex(index, size);
    return elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** @return whether every element is a {@link String} */
  boolean allStrings() {
    for (int i = 0; i < size; i++) {
      if (!(elements[i] instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** Collects elements in order. Not thread-safe. */
  static final class Builder {
    private @Nullable Object[] elements = new Object[4];
    private int size;

    void add(@Nullable Object element) {
      if (size == elements.length) {
        elements = Arrays.copyOf(elements, size * 2);
      }
      elements[size++] = element;
    }

    JsonArray build() {
      return new JsonArray(elements, size);
    }
  }
}
