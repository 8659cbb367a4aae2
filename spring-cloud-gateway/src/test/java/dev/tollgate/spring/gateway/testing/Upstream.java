package dev.tollgate.spring.gateway.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The service behind the gateway: WireMock on loopback answering 200 "upstream" to everything, and recording. */
public final class Upstream implements AutoCloseable {

  private final WireMockServer server;

  private Upstream(WireMockServer server) {
    this.server = server;
  }

  /** @return a running upstream */
  public static Upstream start() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(20).jettyAcceptors(1));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok("upstream")));
    return new Upstream(server);
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public String url() {
    return server.baseUrl();
  }

  /**
   * The headers of the only request received on this path.
   *
   * @param path the path, for example {@code /api/user}
   * @return lower-case names to their values
   */
  public Map<String, List<String>> headersOfOnlyRequest(String path) {
    List<LoggedRequest> requests = received(path);
    if (requests.size() != 1) {
      throw new AssertionError("expected one request upstream on " + path + ", got " + requests.size());
    }
    Map<String, List<String>> headers = new TreeMap<>();
    requests.get(0).getHeaders().all().forEach(header -> headers.put(header.key().toLowerCase(Locale.ROOT),
        header.values()));
    return headers;
  }

  /**
   * @param path the path
   * @return the requests received on it
   */
  public List<LoggedRequest> received(String path) {
    return server.findAll(WireMock.anyRequestedFor(WireMock.urlPathEqualTo(path)));
  }

  @Override
  public void close() {
    server.stop();
  }
}
