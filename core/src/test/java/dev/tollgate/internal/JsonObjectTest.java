package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

  private static JsonObject of(Object... namesAndValues) {
    JsonObject.Builder builder = new JsonObject.Builder(2);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      assertTrue(builder.add((String) namesAndValues[i], namesAndValues[i + 1]));
    }
    return builder.build();
  }

  @Test
  void mapWhenBuiltThenBehavesLikeAnOrderedMapIncludingNullValues() {
    JsonObject object = of("sub", "user_1", "n", null, "exp", 5L);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("sub", "user_1");
    expected.put("n", null);
    expected.put("exp", 5L);

    assertEquals(expected, object);
    assertEquals(object, expected);
    assertEquals(expected.hashCode(), object.hashCode());
    assertEquals(List.of("sub", "n", "exp"), new ArrayList<>(object.keySet()));
    assertTrue(object.containsKey("n"));
    assertNull(object.get("n"));
    assertFalse(object.containsKey("missing"));
    assertEquals(3, object.size());
  }

  @Test
  void mapWhenModifiedThenUnsupported() {
    JsonObject object = of("a", 1L);

    assertThrows(UnsupportedOperationException.class, () -> object.put("b", 2L));
    assertThrows(UnsupportedOperationException.class, () -> object.remove("a"));
    assertThrows(UnsupportedOperationException.class, object::clear);
    assertThrows(UnsupportedOperationException.class, () -> object.entrySet().iterator().next().setValue(3L));
  }

  @Test
  void addWhenNameRepeatsThenRefusedBeforeAndAfterSwitchingToAHashSet() {
    JsonObject.Builder small = new JsonObject.Builder(2);
    assertTrue(small.add("a", 1L));
    assertFalse(small.add("a", 2L));

    JsonObject.Builder large = new JsonObject.Builder(2);
    for (int i = 0; i < 100; i++) {
      assertTrue(large.add("m" + i, (long) i));
    }
    assertFalse(large.add("m3", 0L));
    assertFalse(large.add("m99", 0L));
    assertTrue(large.add("m100", 0L));
    assertEquals(101, large.build().size());
    assertEquals(57L, large.build().get("m57"));
  }
}
