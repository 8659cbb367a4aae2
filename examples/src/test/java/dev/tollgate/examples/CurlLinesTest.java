package dev.tollgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurlLinesTest {

  @Test
  void quoteWhenSingleQuoteInsideThenPosixSafe() {
    assertEquals("'it'\\''s'", CurlLines.quote("it's"));
    assertEquals("'X-User-Id: user_1'", CurlLines.quote("X-User-Id: user_1"));
  }

  @Test
  void curlWhenHeadersThenUrlFirstThenEachHeader() {
    String line = CurlLines.curl(URI.create("http://127.0.0.1:8788"), "/api/me",
        List.of(CurlLines.quote("X-A: 1"), CurlLines.quote("Authorization: Bearer t")));

    assertEquals("curl -si http://127.0.0.1:8788/api/me -H 'X-A: 1' -H 'Authorization: Bearer t'", line);
  }

  @Test
  void curlWhenNoHeadersThenPlainGet() {
    assertEquals("curl -si http://127.0.0.1:8789/health",
        CurlLines.curl(URI.create("http://127.0.0.1:8789"), "/health", List.of()));
  }
}
