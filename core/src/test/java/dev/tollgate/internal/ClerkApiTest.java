package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ClerkApiTest {

  @Test
  void v1WhenTrailingSlashesThenOneV1Root() {
    assertEquals("https://api.clerk.com/v1", ClerkApi.v1(ClerkApi.DEFAULT_API_URL));
    assertEquals("http://127.0.0.1:8080/base/v1", ClerkApi.v1(URI.create("http://127.0.0.1:8080/base//")));
  }
}
