package dev.tollgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CookieHeaderTest {

  @Test
  void findWhenNameAmongOthersThenItsValue() {
    assertEquals(Optional.of("tok"), CookieHeader.find(List.of("a=1; __session=tok; b=2"), "__session"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"__session_abc=tok", "__sessionX=tok", "x__session=tok", "__SESSION=tok", "__session"})
  void findWhenOnlySimilarNamesThenEmpty(String field) {
    assertEquals(Optional.empty(), CookieHeader.find(List.of(field), "__session"));
  }

  @Test
  void findWhenNameTwiceThenFirstOccurrenceWins() {
    assertEquals(Optional.of("first"), CookieHeader.find(List.of("__session=first; __session=second"), "__session"));
  }

  @Test
  void findWhenSeveralCookieFieldsThenReadsThemInOrder() {
    assertEquals(Optional.of("tok"), CookieHeader.find(List.of("a=1", "b=2; __session=tok"), "__session"));
  }

  @Test
  void findWhenValueQuotedThenQuotesRemoved() {
    assertEquals(Optional.of("tok"), CookieHeader.find(List.of("__session=\"tok\""), "__session"));
  }

  @Test
  void findWhenValueEmptyThenLaterNonEmptyOccurrenceOrEmpty() {
    assertEquals(Optional.empty(), CookieHeader.find(List.of("__session=; a=1"), "__session"));
    assertEquals(Optional.of("tok"), CookieHeader.find(List.of("__session=", "__session=tok"), "__session"));
  }

  @Test
  void findWhenSpacesAroundPairsThenTrimmed() {
    assertEquals(Optional.of("tok"), CookieHeader.find(List.of("a=1 ;  __session = tok ;"), "__session"));
  }

  @Test
  void findWhenValueContainsEqualsThenKeptWhole() {
    assertEquals(Optional.of("a=b=="), CookieHeader.find(List.of("__session=a=b=="), "__session"));
  }
}
