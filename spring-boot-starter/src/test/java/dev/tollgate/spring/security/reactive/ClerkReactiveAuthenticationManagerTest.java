package dev.tollgate.spring.security.reactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.RejectionReason;
import dev.tollgate.spring.boot.SessionVerifierCustomizer;
import dev.tollgate.spring.testing.BlockingCalls;
import dev.tollgate.spring.testing.Http;
import dev.tollgate.spring.testing.ReactiveScenarioApp;
import dev.tollgate.spring.testing.Refusals;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.tokens.LoopbackJwksServer;
import dev.tollgate.test.tokens.RawJws;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The manager's non-blocking verification in a WebFlux application on Netty whose keys come from a loopback JWK
 * Set endpoint, under BlockHound, through the life of its key source: the endpoint down at startup (503, never 401),
 * back with 200 concurrent requests on a verifier that never loaded keys (one fetch, all signed in), then a flood
 * of 2,000 unknown kids (one refetch per cooldown, all refused). The steps share the application and its verifier, so
 * they run in order; the verifier's clock is a {@link MutableClock}, moved instead of waiting.
 */
@ExtendWith(BlockingCalls.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(classes = ClerkReactiveAuthenticationManagerTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=reactive")
class ClerkReactiveAuthenticationManagerTest {

  private static final MutableClock CLOCK = new MutableClock(TestTokens.NOW);
  private static final TestIssuer ISSUER = TestIssuer.builder().clock(CLOCK).start();
  private static final LoopbackJwksServer JWKS = ISSUER.jwksServer();
  /** HTTP/1.1, as the application serves it, without the default client's cleartext HTTP/2 upgrade attempt. */
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static {
    // Down before the application starts: its background warm-up fails, and no key set is ever loaded.
    JWKS.failWith(503);
  }

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void clerk(DynamicPropertyRegistry registry) {
    registry.add("clerk.jwks-url", ISSUER::jwksUrl);
  }

  @AfterAll
  static void stopIssuer() {
    ISSUER.close();
  }

  @Test
  @Order(1)
  void keyEndpointWhenDownThen503WithRetryAfterNever401() {
    HttpResponse<String> response = new Http(port).get("/me", "Authorization", Http.bearer(ISSUER.token().sign()));

    ErrorResponse expected = ErrorResponse.refusing(new AuthResult.Unavailable(Duration.ofSeconds(1), "down"),
        "tollgate");
    assertEquals(503, response.statusCode(), response::body);
    assertEquals(expected.body(), response.body(), "body");
    assertEquals(ErrorResponse.PROBLEM_JSON, Refusals.header(response, "Content-Type"), "content type");
    assertTrue(Refusals.header(response, "Retry-After").matches("[1-9][0-9]*"),
        () -> "Retry-After in whole seconds: " + response.headers().map());
  }

  @Test
  @Order(2)
  void keyEndpointWhenBackThen200ConcurrentRequestsOnTheColdVerifierShareOneFetchAndAreAllSignedIn() {
    JWKS.publish(List.of(ISSUER.signingKey()));
    CLOCK.advance(Duration.ofMinutes(2)); // past the longest backoff of the failed fetches
    int before = JWKS.requests();

    Map<Integer, Integer> statuses = concurrently(200, i -> ISSUER.token().userId("user_cold_" + i).sign());

    assertEquals(Map.of(200, 200), statuses, "statuses of 200 concurrent requests (status -> count)");
    assertEquals(1, JWKS.requests() - before, "JWK Set fetches for 200 concurrent cold requests");
  }

  @Test
  @Order(3)
  void kidFloodWhen2000UnknownKidsThenOneRefetchPerCooldownAndEveryAnswer401() {
    int before = JWKS.requests();
    String signed = ISSUER.token().sign(); // one signature: an unknown kid is refused before any signature check

    Map<Integer, Integer> first = concurrently(2_000, i -> RawJws.withKeyId(signed, "ins_flood_a" + i));
    int afterFirst = JWKS.requests() - before;
    CLOCK.advance(Duration.ofSeconds(31)); // past the refetch cooldown of 30 seconds
    Map<Integer, Integer> second = concurrently(200, i -> RawJws.withKeyId(signed, "ins_flood_b" + i));

    assertEquals(Map.of(401, 2_000), first, "statuses of the first flood (status -> count)");
    assertEquals(Map.of(401, 200), second, "statuses of the next flood, after the cooldown (status -> count)");
    assertEquals(List.of(1, 2), List.of(afterFirst, JWKS.requests() - before),
        "JWK Set fetches after the flood of 2,000 unknown kids and after the next one");
    HttpResponse<String> one = new Http(port).get("/me", "Authorization",
        Http.bearer(ISSUER.token().keyId("ins_flood_c").sign()));
    assertEquals(RejectionReason.JWK_KID_MISMATCH.code(), reason(one), "reason of an unknown kid");
  }

  /** Sends {@code count} requests at once, 200 in flight at most, each with its token; counts the statuses. */
  private Map<Integer, Integer> concurrently(int count, IntFunction<String> token) {
    URI me = URI.create("http://127.0.0.1:" + port + "/me");
    List<String> tokens = IntStream.range(0, count).mapToObj(token).toList();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int start = 0; start < count; start += 200) {
      List<CompletableFuture<HttpResponse<String>>> batch = tokens.subList(start, Math.min(count, start + 200))
          .stream().map(signed -> CLIENT.sendAsync(HttpRequest.newBuilder(me)
              .header("Authorization", Http.bearer(signed)).build(), HttpResponse.BodyHandlers.ofString()))
          .toList();
      for (CompletableFuture<HttpResponse<String>> response : batch) {
        statuses.merge(join(response).statusCode(), 1, Integer::sum);
      }
    }
    return statuses;
  }

  private static HttpResponse<String> join(CompletableFuture<HttpResponse<String>> response) {
    try {
      return response.join();
    } catch (RuntimeException failed) {
      throw new UncheckedIOException(new IOException("request failed", failed));
    }
  }

  private static String reason(HttpResponse<String> response) {
    String body = response.body();
    int at = body.indexOf("\"reason\":\"");
    return at < 0 ? body : body.substring(at + 10, body.indexOf('"', at + 10));
  }

  /** The scenario endpoints, with the issuer's clock as the verifier's. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(ReactiveScenarioApp.Endpoints.class)
  static class App {

    @Bean
    NettyReactiveWebServerFactory netty() {
      return new NettyReactiveWebServerFactory();
    }

    @Bean
    SessionVerifierCustomizer issuerClock() {
      return builder -> builder.clock(CLOCK);
    }
  }
}
