package dev.tollgate.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.examples.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class ResponsesTest {

  @Test
  void problemWhenWrittenThenRfc9457Members() {
    Map<String, Object> problem = Json.parseObject(Responses.problem(502, "Bad Gateway", "down"));

    assertEquals(Map.of("type", "about:blank", "title", "Bad Gateway", "status", 502L, "detail", "down"), problem);
  }

  @Test
  void sendWhenErrorResponseThenStatusHeadersTypeAndBody() throws IOException {
    ErrorResponse refusal = ErrorResponse.refusing(AuthResult.SignedOut.sessionTokenMissing(), "test");
    Handler handler = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Responses.send(response, callback, refusal);
        return true;
      }
    };
    try (LoopbackServer server = LoopbackServer.bind("test", 0).start(handler)) {
      HttpResponse<String> response = Http.get(server.baseUrl().resolve("/"));

      assertEquals(401, response.statusCode());
      assertEquals("Bearer realm=\"test\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
      assertEquals(ErrorResponse.PROBLEM_JSON, response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(refusal.body(), response.body());
    }
  }
}
