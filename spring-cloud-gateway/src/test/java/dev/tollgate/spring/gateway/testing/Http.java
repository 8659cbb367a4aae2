package dev.tollgate.spring.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Real HTTP requests to the gateway under test, over loopback. */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final int port;

  /** @param port the gateway's port */
  public Http(int port) {
    this.port = port;
  }

  /**
   * Sends a GET.
   *
   * @param path the path
   * @param headers name, value, name, value, ... (a name may repeat)
   * @return the response
   */
  public HttpResponse<String> get(String path, String... headers) {
    try {
      return CLIENT.send(request(path, headers), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a GET without waiting for the answer.
   *
   * @param path the path
   * @param headers name, value, name, value, ...
   * @return the answer, later
   */
  public CompletableFuture<HttpResponse<String>> getAsync(String path, String... headers) {
    return CLIENT.sendAsync(request(path, headers), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request.build();
  }

  /**
   * @param token a session token
   * @return the {@code Authorization} header value for it
   */
  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
