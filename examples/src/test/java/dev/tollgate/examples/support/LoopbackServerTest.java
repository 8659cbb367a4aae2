package dev.tollgate.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.examples.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {

  private static final Handler HELLO = new Handler.Abstract() {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Responses.send(response, callback, 200, "text/plain", "hello");
      return true;
    }
  };

  @Test
  void startWhenFreePortThenServesOnLoopbackOnly() throws IOException {
    try (LoopbackServer server = LoopbackServer.bind("test", 0).start(HELLO)) {
      HttpResponse<String> response = Http.get(server.baseUrl().resolve("/"));

      assertEquals("127.0.0.1", server.baseUrl().getHost());
      assertEquals(200, response.statusCode());
      assertEquals("hello", response.body());
      assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void bindWhenPortTakenThenMessageNamesTheOption() throws IOException {
    try (LoopbackServer first = LoopbackServer.bind("gateway", 0)) {
      IOException taken = assertThrows(IOException.class, () -> LoopbackServer.bind("gateway", first.port()));

      assertTrue(taken.getMessage().contains("--gateway-port"), taken.getMessage());
    }
  }

  @Test
  void closeWhenServingThenPortRefusesConnections() throws IOException {
    LoopbackServer server = LoopbackServer.bind("test", 0).start(HELLO);
    server.close();

    assertThrows(UncheckedIOException.class, () -> Http.get(server.baseUrl().resolve("/")));
  }
}
