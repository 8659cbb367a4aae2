package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerTest {

  private static final Answer ANSWER = Answer.of(200, Map.of("content-type", List.of("application/json")),
      "{\"a\":{\"b\":10,\"n\":null},\"s\":\"x\"}");

  @Test
  void jsonWhenDottedPathThenNestedMember() {
    assertEquals("10", ANSWER.jsonText("a.b"));
    assertEquals("x", ANSWER.jsonText("s"));
  }

  @Test
  void jsonWhenMissingNullOrNotJsonThenEmpty() {
    assertNull(ANSWER.jsonText("a.n"));
    assertNull(ANSWER.jsonText("a.c"));
    assertNull(ANSWER.jsonText("s.deeper"));
    assertEquals(Optional.empty(), Answer.of(200, Map.of(), "not json").json("a"));
  }

  @Test
  void headerWhenAnyCaseThenFirstValue() {
    assertEquals(Optional.of("application/json"), ANSWER.header("Content-Type"));
    assertEquals(Optional.empty(), ANSWER.header("Retry-After"));
  }
}
