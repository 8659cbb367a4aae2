package dev.tollgate.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetTokenOptionsBuilderTest {

  @Test
  void builderWhenEverySetThenKept() {
    GetTokenOptions options = GetTokenOptions.builder().template("supabase").leeway(Duration.ZERO).skipCache(true)
        .build();

    assertEquals(Optional.of("supabase"), options.template());
    assertEquals(Duration.ZERO, options.leeway());
    assertTrue(options.skipCache());
  }

  @Test
  void builderWhenOptionSetTwiceThenIllegalState() {
    assertThrows(IllegalStateException.class, () -> GetTokenOptions.builder().template("a").template("b"));
    assertThrows(IllegalStateException.class,
        () -> GetTokenOptions.builder().leeway(Duration.ZERO).leeway(Duration.ZERO));
    assertThrows(IllegalStateException.class, () -> GetTokenOptions.builder().skipCache(false).skipCache(true));
  }

  @Test
  void leewayWhenNegativeOrBeyondAnHourThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> GetTokenOptions.builder().leeway(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> GetTokenOptions.builder().leeway(Duration.ofHours(1).plusMillis(1)));
    assertEquals(Duration.ofHours(1), GetTokenOptions.builder().leeway(Duration.ofHours(1)).build().leeway());
  }

  @Test
  void templateWhenItCannotBeAPathSegmentThenRejected() {
    assertThrows(IllegalArgumentException.class, () -> GetTokenOptions.builder().template("a/b"));
    assertThrows(IllegalArgumentException.class, () -> GetTokenOptions.builder().template(" "));
    assertThrows(NullPointerException.class, () -> GetTokenOptions.builder().template(null));
  }
}
