package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetTokenOptionsTest {

  @Test
  void defaultsWhenUnsetThenSessionTokenTenSecondLeewayCacheUsed() {
    GetTokenOptions options = GetTokenOptions.defaults();

    assertEquals(Optional.empty(), options.template());
    assertEquals(Duration.ofSeconds(10), options.leeway());
    assertFalse(options.skipCache());
    assertEquals(options.leeway(), GetTokenOptions.builder().build().leeway());
  }
}
