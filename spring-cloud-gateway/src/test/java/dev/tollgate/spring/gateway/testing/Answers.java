package dev.tollgate.spring.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** Assertions on the gateway's own answers. */
public final class Answers {

  private Answers() {}

  /**
   * Asserts the gateway answered exactly this refusal: status, headers, content type and body.
   *
   * @param expected core's answer
   * @param actual what the gateway sent
   */
  public static void assertRefused(ErrorResponse expected, HttpResponse<String> actual) {
    assertEquals(expected.status(), actual.statusCode(), "status; body " + actual.body());
    for (Map.Entry<String, String> header : expected.headers().entrySet()) {
      assertEquals(Optional.of(header.getValue()), actual.headers().firstValue(header.getKey()), header.getKey());
    }
    assertEquals(Optional.of(expected.contentType()), actual.headers().firstValue("Content-Type"), "content type");
    assertEquals(expected.body(), actual.body(), "body");
  }
}
