package dev.tollgate.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;

/**
 * A real HTTP JWKS endpoint on loopback (WireMock) whose answers a test sets, and which counts the requests it
 * gets. Start one per test class and {@link #reset()} it between tests.
 */
public final class JwksServer implements AutoCloseable {

  public static final String PATH = "/.well-known/jwks.json";

  private final WireMockServer server;

  public JwksServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.port() + PATH);
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public WireMockServer wireMock() {
    return server;
  }

  /** Answers 200 with this JWKS document. */
  public void serve(String jwks) {
    answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(jwks));
  }

  /** Answers this status and body. */
  public void serve(int status, String body) {
    answer(aResponse().withStatus(status).withBody(body));
  }

  public void answer(ResponseDefinitionBuilder response) {
    server.resetMappings();
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
  }

  /** @return how many requests the JWKS path received */
  public int requests() {
    return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
  }

  /** @return how many requests any path received */
  public int allRequests() {
    return server.getAllServeEvents().size();
  }

  public void reset() {
    server.resetAll();
  }

  @Override
  public void close() {
    server.stop();
  }
}
