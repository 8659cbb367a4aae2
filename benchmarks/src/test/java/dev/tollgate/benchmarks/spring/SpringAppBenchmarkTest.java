package dev.tollgate.benchmarks.spring;

import static dev.tollgate.benchmarks.TokenSubjects.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.TokenCursor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both Spring Boot legs, each started once, driven the way JMH drives them and probed like for like. */
class SpringAppBenchmarkTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final TollgateStarterBenchmark STARTER = new TollgateStarterBenchmark();
  private static final ResourceServerBenchmark RESOURCE_SERVER = new ResourceServerBenchmark();

  @BeforeAll
  static void startBothApps() throws Exception {
    STARTER.startServer();
    RESOURCE_SERVER.startServer();
  }

  @AfterAll
  static void stopBothApps() throws Exception {
    STARTER.stopServer();
    RESOURCE_SERVER.stopServer();
  }

  @Test
  void freshAndRepeatedTokenWhenTollgateStarterThenOk() throws Exception {
    assertServesFreshAndRepeatedTokens(STARTER);
  }

  @Test
  void freshAndRepeatedTokenWhenResourceServerThenOk() throws Exception {
    assertServesFreshAndRepeatedTokens(RESOURCE_SERVER);
  }

  @Test
  void getWhenValidTokenThenBothAppsAnswerTheTokensUserId() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    for (String token : new String[] {fixture.tokens()[1], fixture.repeatedToken()}) {
      String userId = subject(token);
      for (SpringAppBenchmark app : new SpringAppBenchmark[] {STARTER, RESOURCE_SERVER}) {
        HttpResponse<String> response = get(app, token);
        assertEquals(200, response.statusCode(), app + ": status of a valid token");
        assertEquals(userId, response.body(), app + ": the user id the controller read from the principal");
      }
    }
  }

  @Test
  void getWhenTokenTamperedExpiredOrMissingThenBothAppsAnswer401() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    String[] bad = {fixture.tamperedSignatureToken(), fixture.tamperedPayloadToken(), fixture.expiredToken(), null};
    String[] names = {"tampered signature", "tampered payload", "expired", "no token"};
    for (SpringAppBenchmark app : new SpringAppBenchmark[] {STARTER, RESOURCE_SERVER}) {
      for (int i = 0; i < bad.length; i++) {
        assertEquals(401, get(app, bad[i]).statusCode(), app + ": status with " + names[i]);
      }
    }
  }

  private static void assertServesFreshAndRepeatedTokens(SpringAppBenchmark leg) throws Exception {
    TokenCursor cursor = new TokenCursor();
    cursor.setUp();
    for (int i = 0; i < 20; i++) {
      assertEquals(200, leg.freshToken(cursor), leg + ": fresh token " + i);
      assertEquals(200, leg.repeatedToken(), leg + ": repeated token " + i);
    }
  }

  private static HttpResponse<String> get(SpringAppBenchmark app, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + MeController.PATH));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
