package dev.tollgate.examples.gateway;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Header rules of the proxy, both ways: which request headers reach the upstream, and which response headers
 * reach the client. Hop-by-hop headers (RFC 9110 §7.6.1: {@code Connection} and the fields it names,
 * {@code Keep-Alive}, {@code TE}, {@code Transfer-Encoding}, {@code Upgrade}, {@code Proxy-*}) and framing
 * headers the HTTP client sets itself ({@code Host}, {@code Content-Length}, {@code Expect}) are not copied;
 * identity headers from the client are dropped and the verified ones added; the upstream's {@code Date} and
 * {@code Server} are left to the gateway's own server. Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1">RFC 9110 §7.6.1</a>
 */
final class UpstreamExchange {

  private static final Set<String> NOT_COPIED = Set.of("connection", "keep-alive", "proxy-connection", "te",
      "trailer", "transfer-encoding", "upgrade", "proxy-authenticate", "proxy-authorization", "host",
      "content-length", "expect", "http2-settings");

  /** Response headers the gateway's own server writes; the upstream's copies would duplicate them. */
  private static final Set<String> OWN_RESPONSE_HEADERS = Set.of("date", "server");

  private UpstreamExchange() {}

  /**
   * Builds the upstream request.
   *
   * @param upstream the upstream base URL, without a trailing slash
   * @param method the request method
   * @param pathQuery the raw path and query, for example {@code /api/me?x=1}
   * @param incoming the client's headers
   * @param identity the verified identity headers to add
   * @param body the request body, possibly empty
   * @param timeout the whole-exchange timeout
   * @return the request
   * @throws IllegalArgumentException if the path cannot be part of a URI
   */
  static HttpRequest request(URI upstream, String method, String pathQuery, HttpFields incoming,
      Map<String, String> identity, byte[] body, Duration timeout) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + pathQuery))
        .timeout(timeout)
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    Set<String> nominated = connectionTokens(incoming.getValuesList(HttpHeader.CONNECTION));
    for (HttpField field : incoming) {
      String name = field.getName();
      if (IdentityHeaders.isIdentityHeader(name) || !copied(name, nominated)) {
        continue;
      }
      try {
        request.header(name, field.getValue());
      } catch (IllegalArgumentException refusedByClient) {
        // A field the JDK client will not send (restricted or not valid for it): the upstream does without.
      }
    }
    identity.forEach(request::header);
    return request.build();
  }

  /**
   * Which of the upstream's response headers are copied to the client.
   *
   * @param upstreamHeaders all of the upstream's response headers, for the fields {@code Connection} names
   * @return a test of a field name: {@code true} to copy
   */
  static Predicate<String> copiedToClient(HttpHeaders upstreamHeaders) {
    Set<String> nominated = connectionTokens(upstreamHeaders.allValues("connection"));
    return name -> !OWN_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && copied(name, nominated);
  }

  private static boolean copied(String name, Set<String> nominated) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !NOT_COPIED.contains(lower) && !nominated.contains(lower) && !lower.startsWith(":");
  }

  private static Set<String> connectionTokens(List<String> values) {
    Set<String> tokens = new HashSet<>();
    for (String value : values) {
      for (String token : value.split(",")) {
        if (!token.isBlank()) {
          tokens.add(token.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return tokens;
  }
}
