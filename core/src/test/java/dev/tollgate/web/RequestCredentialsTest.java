package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCredentialsTest {

  @Test
  void ofWhenNamesDifferInCaseThenMergedAndFoundCaseInsensitively() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of("Bearer a"));
    headers.put("authorization", List.of("Bearer b"));

    RequestCredentials credentials = RequestCredentials.of(headers);

    assertEquals(List.of("Bearer a", "Bearer b"), credentials.headers("AUTHORIZATION"));
    assertEquals(List.of(), credentials.headers("Cookie"));
  }

  @Test
  void ofWhenSourceChangesAfterwardsThenCopyUnaffected() {
    List<String> values = new ArrayList<>(List.of("a=1"));
    Map<String, List<String>> headers = new LinkedHashMap<>(Map.of("Cookie", values));
    RequestCredentials credentials = RequestCredentials.of(headers);

    values.add("b=2");
    headers.put("Authorization", List.of("Bearer x"));

    assertEquals(List.of("a=1"), credentials.headers("cookie"));
    assertEquals(List.of(), credentials.headers("authorization"));
    assertThrows(UnsupportedOperationException.class, () -> credentials.headers("cookie").add("c=3"));
  }

  @Test
  void ofWhenNullValueThenRejected() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);

    assertThrows(NullPointerException.class, () -> RequestCredentials.of(Map.of("Cookie", withNull)));
  }
}
