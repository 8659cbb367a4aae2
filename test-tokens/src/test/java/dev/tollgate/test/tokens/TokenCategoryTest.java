package dev.tollgate.test.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCategoryTest {

  // Clerk's cat values, clerk-semantics.md F18 (@clerk/backend tokens/jwtCategories.ts); the fourth one there,
  // cl_I7d4PD111III, is one Clerk ignores and no test kit variant needs.
  @Test
  void headerValueWhenReadThenClerksCategoryValues() {
    assertEquals("cl_B7d4PD111AAA", TokenCategory.SESSION.headerValue(), "session");
    assertEquals("cl_B7d4PD222AAA", TokenCategory.JWT_TEMPLATE.headerValue(), "JWT template");
    assertEquals("cl_B7d4PD333AAA", TokenCategory.MACHINE.headerValue(), "machine-to-machine");
  }

  @Test
  void valuesWhenListedThenTheThreeCategories() {
    assertEquals(List.of(TokenCategory.SESSION, TokenCategory.JWT_TEMPLATE, TokenCategory.MACHINE),
        Arrays.asList(TokenCategory.values()), "categories");
  }
}
