package dev.tollgate.benchmarks.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class UpstreamTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void getWhenUserIdHeaderThenOkWithItsValue() throws Exception {
    try (Upstream upstream = Upstream.start()) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(upstream.baseUrl().resolve("/api/hello"))
          .header(Upstream.USER_ID_HEADER, "user_2abc").build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), "status");
      assertEquals("user_2abc", response.body(), "the forwarded user id");
    }
  }

  @Test
  void getWhenNoUserIdHeaderThenOkAnonymous() throws Exception {
    try (Upstream upstream = Upstream.start()) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(upstream.baseUrl().resolve("/any")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), "status");
      assertEquals(Upstream.ANONYMOUS, response.body(), "body without a user id");
    }
  }
}
