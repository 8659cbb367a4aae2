package dev.tollgate.examples.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class UpstreamExchangeTest {

  private static final URI UPSTREAM = URI.create("http://127.0.0.1:9");

  @Test
  void requestWhenForgedIdentityHeadersThenDroppedAndVerifiedOnesAdded() {
    HttpFields incoming = HttpFields.build()
        .add("X-User-Id", "user_forged").add("x_user_id", "user_forged2").add("X-ORG-ROLE", "org:owner")
        .add("X_Actor_Id", "user_forged3").add("Authorization", "Bearer t").add("X-Request-Id", "r1");

    HttpRequest request = UpstreamExchange.request(UPSTREAM, "GET", "/api/me?x=1", incoming,
        Map.of(IdentityHeaders.USER_ID, "user_real", IdentityHeaders.SESSION_ID, "sess_real"), new byte[0],
        Duration.ofSeconds(1));

    HttpHeaders headers = request.headers();
    assertEquals(List.of("user_real"), headers.allValues("X-User-Id"));
    assertEquals(List.of(), headers.allValues("x_user_id"));
    assertEquals(List.of(), headers.allValues("X-Org-Role"));
    assertEquals(List.of(), headers.allValues("X_Actor_Id"));
    assertEquals(List.of("sess_real"), headers.allValues("X-Session-Id"));
    assertEquals(List.of("Bearer t"), headers.allValues("Authorization"));
    assertEquals(List.of("r1"), headers.allValues("X-Request-Id"));
    assertEquals(URI.create("http://127.0.0.1:9/api/me?x=1"), request.uri());
  }

  @Test
  void requestWhenHopByHopAndConnectionNominatedHeadersThenNotForwarded() {
    HttpFields incoming = HttpFields.build()
        .add("Connection", "keep-alive, X-Hop").add("X-Hop", "1").add("Keep-Alive", "timeout=5")
        .add("Upgrade", "h2c").add("TE", "trailers").add("Proxy-Authorization", "Basic x").add("Host", "gw")
        .add("Accept", "application/json");

    HttpHeaders headers = UpstreamExchange.request(UPSTREAM, "GET", "/", incoming, Map.of(), new byte[0],
        Duration.ofSeconds(1)).headers();

    assertEquals(Map.of("Accept", List.of("application/json")), headers.map());
  }

  @Test
  void requestWhenBodyThenMethodAndLengthKept() {
    HttpRequest request = UpstreamExchange.request(UPSTREAM, "POST", "/api/items", HttpFields.EMPTY, Map.of(),
        new byte[] {1, 2, 3}, Duration.ofSeconds(3));

    assertEquals("POST", request.method());
    assertEquals(3, request.bodyPublisher().orElseThrow().contentLength());
    assertEquals(Optional.of(Duration.ofSeconds(3)), request.timeout());
  }

  @Test
  void requestWhenPathNotAUriThenIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> UpstreamExchange.request(UPSTREAM, "GET", "/a b",
        HttpFields.EMPTY, Map.of(), new byte[0], Duration.ofSeconds(1)));
  }

  @Test
  void copiedToClientWhenHopByHopDateServerOrNominatedThenFalse() {
    HttpHeaders upstream = HttpHeaders.of(Map.of("Connection", List.of("X-Internal")), (name, value) -> true);

    assertTrue(UpstreamExchange.copiedToClient(upstream).test("Content-Type"));
    assertTrue(UpstreamExchange.copiedToClient(upstream).test("WWW-Authenticate"));
    for (String name : List.of("X-Internal", "Connection", "Transfer-Encoding", "Date", "Server", "content-length")) {
      assertFalse(UpstreamExchange.copiedToClient(upstream).test(name), name);
    }
  }
}
