package dev.tollgate.benchmarks.gateway;

import static dev.tollgate.benchmarks.TokenSubjects.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenCursor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both gateway legs, each started once, driven the way JMH drives them and probed like for like. */
class GatewayBenchmarkTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final TollgateGatewayBenchmark TOLLGATE = new TollgateGatewayBenchmark();
  private static final ResourceServerGatewayBenchmark RESOURCE_SERVER = new ResourceServerGatewayBenchmark();

  @BeforeAll
  static void startBothGateways() throws Exception {
    TOLLGATE.startServer();
    RESOURCE_SERVER.startServer();
  }

  @AfterAll
  static void stopBothGateways() throws Exception {
    TOLLGATE.stopServer();
    RESOURCE_SERVER.stopServer();
  }

  @Test
  void freshAndRepeatedTokenWhenTollgateGatewayThenOk() throws Exception {
    assertServesFreshAndRepeatedTokens(TOLLGATE);
  }

  @Test
  void freshAndRepeatedTokenWhenResourceServerGatewayThenOk() throws Exception {
    assertServesFreshAndRepeatedTokens(RESOURCE_SERVER);
  }

  @Test
  void getWhenValidTokenThenTollgateForwardsTheUserIdAndTheResourceServerNone() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    for (String token : new String[] {fixture.tokens()[1], fixture.repeatedToken()}) {
      HttpResponse<String> tollgate = get(TOLLGATE, token, Map.of());
      assertEquals(200, tollgate.statusCode(), "Tollgate's gateway: status of a valid token");
      assertEquals(subject(token), tollgate.body(), "Tollgate's gateway: the user id the upstream received");
      HttpResponse<String> resourceServer = get(RESOURCE_SERVER, token, Map.of());
      assertEquals(200, resourceServer.statusCode(), "resource server gateway: status of a valid token");
      assertEquals(Upstream.ANONYMOUS, resourceServer.body(), "resource server gateway: the upstream's body");
    }
  }

  @Test
  void getWhenClientSendsUserIdHeaderThenTollgateForwardsTheTokensInstead() throws Exception {
    String token = BenchmarkFixture.shared().tokens()[2];

    HttpResponse<String> response = get(TOLLGATE, token, Map.of(Upstream.USER_ID_HEADER, "user_2forged"));

    assertEquals(200, response.statusCode(), "status");
    assertEquals(subject(token), response.body(), "the user id the upstream received");
  }

  @Test
  void getWhenTokenTamperedExpiredOrMissingThenBothGatewaysAnswer401() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    String[] bad = {fixture.tamperedSignatureToken(), fixture.tamperedPayloadToken(), fixture.expiredToken(), null};
    String[] names = {"tampered signature", "tampered payload", "expired", "no token"};
    for (GatewayBenchmark gateway : new GatewayBenchmark[] {TOLLGATE, RESOURCE_SERVER}) {
      for (int i = 0; i < bad.length; i++) {
        assertEquals(401, get(gateway, bad[i], Map.of()).statusCode(), gateway + ": status with " + names[i]);
      }
    }
  }

  private static void assertServesFreshAndRepeatedTokens(GatewayBenchmark leg) throws Exception {
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    for (int i = 0; i < 20; i++) {
      assertEquals(200, leg.freshToken(cursor), leg + ": fresh token " + i);
      assertEquals(200, leg.repeatedToken(), leg + ": repeated token " + i);
    }
  }

  private static HttpResponse<String> get(GatewayBenchmark gateway, @Nullable String token,
      Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + gateway.port() + GatewayBenchmark.PATH));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
