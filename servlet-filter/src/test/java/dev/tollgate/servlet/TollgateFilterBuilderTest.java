package dev.tollgate.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.SessionVerifier;
import dev.tollgate.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TollgateFilterBuilderTest {

  private final SessionVerifier verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).build();

  @AfterEach
  void close() {
    verifier.close();
  }

  @Test
  void optionsWhenSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class,
        () -> TollgateFilter.builder(verifier).requirePaths("/api/*").requirePaths("/x"));
    assertThrows(IllegalStateException.class, () -> TollgateFilter.builder(verifier).realm("a").realm("b"));
    assertThrows(IllegalStateException.class,
        () -> TollgateFilter.builder(verifier).debugHeaders(true).debugHeaders(false));
    assertThrows(IllegalStateException.class,
        () -> TollgateFilter.builder(verifier).passPreflightPaths("/api/*").passPreflightPaths("/x"));
  }

  @Test
  void buildWhenPassPreflightPathsWithoutRequirePathsThenIllegalStateNamingBoth() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> TollgateFilter.builder(verifier).passPreflightPaths("/api/cors/*").build());

    assertEquals("passPreflightPaths applies only together with requirePaths", error.getMessage());
  }

  @Test
  void pathOptionsWhenEmptyOrMalformedThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> TollgateFilter.builder(verifier).requirePaths());
    assertThrows(IllegalArgumentException.class, () -> TollgateFilter.builder(verifier).requirePaths("/api*"));
    assertThrows(IllegalArgumentException.class, () -> TollgateFilter.builder(verifier).passPreflightPaths());
    assertThrows(IllegalArgumentException.class, () -> TollgateFilter.builder(verifier).passPreflightPaths("api"));
  }

  @Test
  void realmWhenOutsideCharsetThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> TollgateFilter.builder(verifier).realm("a\"b"));
  }

  @Test
  void builderWhenNoVerifierThenNullPointer() {
    assertThrows(NullPointerException.class, () -> TollgateFilter.builder(null));
  }
}
