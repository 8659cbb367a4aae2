package dev.tollgate.spring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests to the application under test, over loopback. */
public final class Http {

  /**
   * HTTP/1.1, as the applications serve it: the JDK client's default, HTTP/2, first tries a cleartext upgrade, whose
   * own failures are not what these tests are about. Every request has a timeout, so a request the application
   * never answers fails its test instead of stalling the build.
   */
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final int port;

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
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), headers);
  }

  /**
   * Sends a POST without a body.
   *
   * @param path the path
   * @param headers name, value, name, value, ... (a name may repeat)
   * @return the response
   */
  public HttpResponse<String> post(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.noBody()), headers);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return the {@code Authorization} header value for this token */
  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
