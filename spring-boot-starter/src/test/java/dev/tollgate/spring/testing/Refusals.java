package dev.tollgate.spring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import java.net.http.HttpResponse;
import java.util.Map;

/** Assertions that an answer is exactly the servlet filter's: {@link ErrorResponse}'s status, headers and body. */
public final class Refusals {

  private Refusals() {}

  /** Asserts the answer is {@link ErrorResponse#refusing} of this refusal, realm {@code tollgate}. */
  public static void assertRefusal(AuthResult refusal, HttpResponse<String> response) {
    assertAnswer(ErrorResponse.refusing(refusal, "tollgate"), response);
  }

  /** Asserts the answer is this one: status, each header, content type and body. */
  public static void assertAnswer(ErrorResponse expected, HttpResponse<String> response) {
    assertEquals(expected.status(), response.statusCode(), () -> "status; body " + response.body());
    for (Map.Entry<String, String> header : expected.headers().entrySet()) {
      assertEquals(header.getValue(), header(response, header.getKey()), header.getKey());
    }
    assertEquals(expected.contentType(), header(response, "Content-Type"), "content type");
    assertEquals(expected.body(), response.body(), "body");
  }

  /** @return the header's first value, or {@code (absent)} */
  public static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("(absent)");
  }
}
