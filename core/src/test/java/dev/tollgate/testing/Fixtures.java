package dev.tollgate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads Clerk fixtures from the test resources (see clerk-fixtures/PROVENANCE.md). */
public final class Fixtures {

  /** The fixed time Clerk's own tests verify these tokens at: 2022-10-24T21:50:50Z. */
  public static final java.time.Instant CLERK_NOW = java.time.Instant.ofEpochSecond(1_666_648_250L);

  private Fixtures() {}

  /** @param path relative to {@code clerk-fixtures/}, e.g. {@code js-backend/mockJwt.jwt} */
  public static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/clerk-fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String token(String path) {
    return text(path).strip();
  }
}
