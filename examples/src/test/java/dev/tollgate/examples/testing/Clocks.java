package dev.tollgate.examples.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed time for tests that compare token times exactly. */
public final class Clocks {

  /** 2023-11-14T22:13:20Z. */
  public static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

  private Clocks() {}

  public static Clock fixed() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
