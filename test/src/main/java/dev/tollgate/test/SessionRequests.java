package dev.tollgate.test;

import dev.tollgate.web.RequestAuthenticator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Puts a session token on a {@code java.net.http} request the way a browser or a Clerk front end sends it: the
 * {@code Authorization: Bearer} header, or the {@code __session} cookie. For tests of any server: the token goes
 * through the application's real authentication, nothing is bypassed. Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class SessionRequests {

  /** Request timeout of {@link #get(URI, String)}: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(DEFAULT_TIMEOUT).build();

  private SessionRequests() {}

  /**
   * @param uri the endpoint
   * @param token the session token
   * @return a GET request builder with {@code Authorization: Bearer <token>}
   */
  public static HttpRequest.Builder bearer(URI uri, String token) {
    return HttpRequest.newBuilder(uri).timeout(DEFAULT_TIMEOUT).header("Authorization", "Bearer " + token(token));
  }

  /**
   * @param uri the endpoint
   * @param token the session token
   * @return a GET request builder with {@code Cookie: __session=<token>}
   */
  public static HttpRequest.Builder sessionCookie(URI uri, String token) {
    return HttpRequest.newBuilder(uri).timeout(DEFAULT_TIMEOUT)
        .header("Cookie", RequestAuthenticator.SESSION_COOKIE + "=" + token(token));
  }

  /**
   * Sends {@code GET uri} with the token as a Bearer header on a shared client that follows no redirects.
   *
   * @param uri the endpoint
   * @param token the session token
   * @return the response with its body as text
   * @throws IOException if the request fails
   * @throws InterruptedException if interrupted while waiting
   */
  public static HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
    return send(bearer(uri, token).GET().build());
  }

  /**
   * Sends {@code GET uri} with no credentials at all, as an anonymous visitor, on the shared client.
   *
   * @param uri the endpoint
   * @return the response with its body as text
   * @throws IOException if the request fails
   * @throws InterruptedException if interrupted while waiting
   */
  public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).timeout(DEFAULT_TIMEOUT).GET().build());
  }

  /**
   * Sends a request, for example one of {@link #sessionCookie}, on the shared client that follows no redirects.
   *
   * @param request the request
   * @return the response with its body as text
   * @throws IOException if the request fails
   * @throws InterruptedException if interrupted while waiting
   */
  public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || token.chars().anyMatch(c -> c <= ' ' || c == ';' || c == ',' || c >= 0x7F)) {
      throw new IllegalArgumentException("a session token is a non-empty compact JWS without spaces or separators");
    }
    return token;
  }
}
