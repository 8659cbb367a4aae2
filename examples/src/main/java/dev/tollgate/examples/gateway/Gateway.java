package dev.tollgate.examples.gateway;

import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.web.RequestAuthenticator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The example gateway: a reverse proxy on a loopback port that lets through only requests with a valid Clerk
 * session token, and tells the upstream who the caller is with {@link IdentityHeaders}. It answers 401, 400
 * and 503 itself (realm {@value #REALM}), 502/504 when the upstream fails. See {@link GatewayHandler} for the
 * request path and why no I/O thread blocks.
 *
 * <p>The verifier is the caller's: closing the gateway does not close it. Thread-safe.
 */
public final class Gateway implements AutoCloseable {

  /** Default port: {@value}. */
  public static final int DEFAULT_PORT = 8789;
  /** Realm of the gateway's {@code WWW-Authenticate} challenges: {@value}. */
  public static final String REALM = "tollgate-gateway";
  /** Default timeout of one upstream exchange: 10 seconds. */
  public static final Duration DEFAULT_UPSTREAM_TIMEOUT = Duration.ofSeconds(10);

  private final LoopbackServer server;

  private Gateway(LoopbackServer server) {
    this.server = server;
  }

  /**
   * Starts the gateway.
   *
   * @param port the port, or 0 for a free one
   * @param verifier verifies the tokens; not closed by the gateway
   * @param upstream where signed-in requests go, for example {@code http://127.0.0.1:8788}
   * @return the running gateway
   * @throws IOException if the port is taken or the server does not start
   */
  public static Gateway start(int port, SessionVerifier verifier, URI upstream) throws IOException {
    Objects.requireNonNull(verifier, "verifier");
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    GatewayHandler handler = new GatewayHandler(RequestAuthenticator.of(verifier), client, upstream,
        DEFAULT_UPSTREAM_TIMEOUT);
    return new Gateway(LoopbackServer.bind("gateway", port).start(handler));
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /** Stops the gateway; idempotent. */
  @Override
  public void close() {
    server.close();
  }
}
