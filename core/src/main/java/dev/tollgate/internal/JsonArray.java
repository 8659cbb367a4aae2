package dev.tollgate.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable JSON array: the elements as parsed, {@code null} for JSON {@code null}, in one array exactly as
 * long as the list. A token's arrays hold two to a few elements, so this costs less than an {@code ArrayList}
 * behind an unmodifiable view. Equality and hash code follow {@link java.util.List}. Thread-safe.
 */
final class JsonArray extends AbstractList<@Nullable Object> implements RandomAccess {

  private final @Nullable Object[] elements;

  private JsonArray(@Nullable Object[] elements) {
    this.elements = elements;
  }

  /** @return an array of the elements {@code elements[from, to)}, in order */
  static JsonArray copyOf(@Nullable Object[] elements, int from, int to) {
    return new JsonArray(Arrays.copyOfRange(elements, from, to));
  }

  @Override
  public @Nullable Object get(int index) {
    return elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }

  /** @return whether every element is a {@link String} */
  boolean allStrings() {
    for (Object element : elements) {
      if (!(element instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
