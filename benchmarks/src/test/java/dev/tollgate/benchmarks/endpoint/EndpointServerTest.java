package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.Test;

class EndpointServerTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void getWhenNoFilterThenOk() throws Exception {
    try (EndpointServer server = EndpointServer.start(context -> { })) {
      HttpResponse<String> response = get(server.port());
      assertEquals(200, response.statusCode());
      assertEquals("ok", response.body());
      assertEquals("2", response.headers().firstValue("Content-Length").orElseThrow());
    }
  }

  @Test
  void getWhenCustomizerAddsFilterThenFilterRunsFirst() throws Exception {
    Filter deny = (request, response, chain) -> ((HttpServletResponse) response).sendError(401);
    try (EndpointServer server = EndpointServer.start(
        context -> context.addFilter(new FilterHolder(deny), "/*", EnumSet.of(DispatcherType.REQUEST)))) {
      assertEquals(401, get(server.port()).statusCode());
      assertTrue(server.port() > 0);
    }
  }

  private HttpResponse<String> get(int port) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EndpointServer.PATH)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
