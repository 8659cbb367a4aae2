package dev.tollgate.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CacheControlTest {

  @Test
  void maxAgeWhenDirectivePresentThenItsSeconds() {
    assertEquals(OptionalLong.of(300), CacheControl.maxAgeSeconds(List.of("public, max-age=300")));
    assertEquals(OptionalLong.of(60), CacheControl.maxAgeSeconds(List.of("MAX-AGE=60, must-revalidate")));
    assertEquals(OptionalLong.of(7), CacheControl.maxAgeSeconds(List.of("max-age=\"7\"")));
    assertEquals(OptionalLong.of(10), CacheControl.maxAgeSeconds(List.of("public", "max-age=10")));
  }

  @Test
  void maxAgeWhenNoStoreOrNoCacheThenZero() {
    assertEquals(OptionalLong.of(0), CacheControl.maxAgeSeconds(List.of("max-age=600, no-cache")));
    assertEquals(OptionalLong.of(0), CacheControl.maxAgeSeconds(List.of("no-store")));
  }

  @Test
  void maxAgeWhenAbsentOrUnparsableThenEmpty() {
    assertEquals(OptionalLong.empty(), CacheControl.maxAgeSeconds(List.of()));
    assertEquals(OptionalLong.empty(), CacheControl.maxAgeSeconds(List.of("public")));
    assertEquals(OptionalLong.empty(), CacheControl.maxAgeSeconds(List.of("max-age=-5")));
    assertEquals(OptionalLong.empty(), CacheControl.maxAgeSeconds(List.of("max-age=ten")));
    assertEquals(OptionalLong.empty(), CacheControl.maxAgeSeconds(List.of("max-age=99999999999999999")));
  }
}
