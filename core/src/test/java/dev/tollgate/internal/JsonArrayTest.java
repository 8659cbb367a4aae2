package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayTest {

  private static JsonArray of(Object... elements) {
    Object[] padded = new Object[elements.length + 2];
    System.arraycopy(elements, 0, padded, 1, elements.length);
    padded[0] = "before";
    padded[padded.length - 1] = "after";
    return JsonArray.copyOf(padded, 1, 1 + elements.length);
  }

  @Test
  void listWhenCopiedFromASliceThenBehavesLikeAListOfJustThatSliceIncludingNulls() {
    List<Object> expected = new ArrayList<>(Arrays.asList("a", null, 3L, "d", "e", "f", "g", "h", "i"));

    JsonArray array = of(expected.toArray());

    assertEquals(expected, array);
    assertEquals(array, expected);
    assertEquals(expected.hashCode(), array.hashCode());
    assertEquals(9, array.size());
    assertEquals("i", array.get(8));
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(9), "past the size, where the source had more");
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(-1));
  }

  @Test
  void listWhenModifiedThenUnsupported() {
    JsonArray array = of("a");

    assertThrows(UnsupportedOperationException.class, () -> array.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> array.set(0, "b"));
    assertThrows(UnsupportedOperationException.class, () -> array.remove(0));
  }

  @Test
  void allStringsWhenEveryElementIsAStringThenTrueElseFalse() {
    assertTrue(of("a", "b").allStrings());
    assertTrue(of().allStrings(), "vacuously");
    assertFalse(of("a", 1L).allStrings());
    assertFalse(of("a", null).allStrings());
  }
}
