package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.SessionVerifier;
import dev.tollgate.spring.boot.SessionVerifierCustomizer;
import dev.tollgate.spring.gateway.testing.BlockingCalls;
import dev.tollgate.spring.gateway.testing.GatewayTestApp;
import dev.tollgate.spring.gateway.testing.HeldJwksEndpoint;
import dev.tollgate.spring.gateway.testing.Http;
import dev.tollgate.spring.gateway.testing.Upstream;
import dev.tollgate.test.TestIssuer;
import dev.tollgate.test.tokens.RawJws;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The filter's decision while the signing keys are not there, in a real gateway whose JWK Set endpoint the test
 * holds back ({@link HeldJwksEndpoint}) and whose verifier runs on a settable clock: unavailable keys are 503 with
 * {@code Retry-After}; on a cold start, concurrent requests wait for one shared fetch, without blocking an event
 * loop; a flood of unknown key ids costs one refetch per cooldown and is answered at once. The tests run in order,
 * as the key source's life does: down at startup, back, then flooded. BlockHound watches every request.
 */
@ExtendWith(BlockingCalls.class)
@SpringBootTest(classes = {GatewayTestApp.class, GatewayAuthenticationTest.Clocked.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("keys")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayAuthenticationTest {

  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final TestIssuer ISSUER = TestIssuer.builder().clock(CLOCK).start();
  private static final Upstream UPSTREAM = Upstream.start();
  private static final HeldJwksEndpoint JWKS = HeldJwksEndpoint.start();
  private static final int COLD_START_REQUESTS = 200;
  private static final int UNKNOWN_KIDS = 2_000;
  /** Calls of the authenticator's {@code authenticateAsync} that returned. */
  private static final AtomicInteger AUTHENTICATIONS = new AtomicInteger();

  static {
    JWKS.failWith(503);
  }

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("test.upstream", UPSTREAM::url);
    registry.add("clerk.jwks-url", () -> JWKS.url().toString());
  }

  @AfterAll
  static void stop() {
    JWKS.close();
    UPSTREAM.close();
    ISSUER.close();
  }

  @Test
  @Order(1)
  void keysWhenEndpointDownThen503WithRetryAfterAndNothingUpstream() {
    HttpResponse<String> answer = http().get("/api/down", "Authorization", Http.bearer(ISSUER.token().sign()));

    assertEquals(503, answer.statusCode(), "status; body " + answer.body());
    long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
    assertEquals(List.of(ErrorResponse.PROBLEM_JSON), answer.headers().allValues("Content-Type"), "content type");
    assertTrue(answer.body().contains("\"reason\":\"keys-unavailable\""), "body " + answer.body());
    assertEquals(0, UPSTREAM.received("/api/down").size(), "requests upstream");
  }

  @Test
  @Order(2)
  void coldStartWhenConcurrentRequestsThenAllWaitForOneFetchAndPassOnceTheEndpointIsBack() throws Exception {
    JWKS.hold();
    JWKS.serve(ISSUER.signingKey().jwks());
    CLOCK.advance(Duration.ofMinutes(2));
    String token = ISSUER.token().sign();
    int fetchesBefore = JWKS.requests();
    int authenticatedBefore = AUTHENTICATIONS.get();
    GatewayTestApp.ROUTED_ON.clear();

    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < COLD_START_REQUESTS; i++) {
      answers.add(http().getAsync("/api/cold/" + i, "Authorization", Http.bearer(token)));
    }
    awaitTrue(() -> AUTHENTICATIONS.get() - authenticatedBefore >= COLD_START_REQUESTS
        && JWKS.requests() > fetchesBefore, "every request's authentication started and the key fetch arrived");
    long answeredEarly = answers.stream().filter(CompletableFuture::isDone).count();
    JWKS.release();

    Map<Integer, Integer> statuses = statuses(answers);
    assertEquals(0, answeredEarly, "requests answered before the keys arrived");
    assertEquals(Map.of(200, COLD_START_REQUESTS), statuses, "statuses");
    assertEquals(1, JWKS.requests() - fetchesBefore, "key fetches");
    List<String> threads = List.copyOf(GatewayTestApp.ROUTED_ON);
    assertEquals(List.of(), threads.stream().filter(name -> !name.startsWith("parallel-")).toList(),
        "threads other than Reactor's parallel scheduler that routed requests which waited for the keys");
    assertEquals(COLD_START_REQUESTS, threads.size(), "requests routed");
    assertEquals(List.of("user_test"), UPSTREAM.headersOfOnlyRequest("/api/cold/0").get("x-clerk-user-id"),
        "identity upstream");
  }

  @Test
  @Order(3)
  void unknownKidFloodWhenTwoThousandKidsThenOneRefetchPerCooldownAndEveryAnswerAt401AtOnce() throws Exception {
    String token = ISSUER.token().sign();
    int fetchesBefore = JWKS.requests();
    assertEquals(401, http().get("/api/kid/first", "Authorization", Http.bearer(withKid(token, 0))).statusCode(),
        "the first unknown kid");
    assertEquals(1, JWKS.requests() - fetchesBefore, "refetches for the first unknown kid");

    JWKS.hold();
    Map<Integer, Integer> statuses;
    try {
      statuses = flood(i -> http().getAsync("/api/kid/" + i, "Authorization", Http.bearer(withKid(token, i))));
    } finally {
      JWKS.release();
    }
    assertEquals(Map.of(401, UNKNOWN_KIDS - 1), statuses, "statuses while the endpoint holds every answer back");
    assertEquals(1, JWKS.requests() - fetchesBefore, "refetches within the cooldown");
    assertEquals(200, http().get("/api/kid/known", "Authorization", Http.bearer(token)).statusCode(),
        "a token with the known kid");

    CLOCK.advance(Duration.ofSeconds(31));
    String later = ISSUER.token().sign();
    HttpResponse<String> afterCooldown = http().get("/api/kid/after", "Authorization",
        Http.bearer(withKid(later, UNKNOWN_KIDS)));
    assertEquals(401, afterCooldown.statusCode(), "after the cooldown");
    assertTrue(afterCooldown.body().contains("\"reason\":\"jwk-kid-mismatch\""), "body " + afterCooldown.body());
    assertEquals(2, JWKS.requests() - fetchesBefore, "refetches after the cooldown");
    assertEquals(0, UPSTREAM.received("/api/kid/after").size(), "requests upstream");
  }

  /** Sends the unknown kids 1 .. UNKNOWN_KIDS - 1, at most 200 at a time, each answer awaited at most 20 s. */
  private static Map<Integer, Integer> flood(IntFunction<CompletableFuture<HttpResponse<String>>> send)
      throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int start = 1; start < UNKNOWN_KIDS; start += 200) {
      List<CompletableFuture<HttpResponse<String>>> batch = new ArrayList<>();
      for (int i = start; i < Math.min(start + 200, UNKNOWN_KIDS); i++) {
        batch.add(send.apply(i));
      }
      statuses(batch).forEach((status, count) -> statuses.merge(status, count, Integer::sum));
    }
    return statuses;
  }

  private static Map<Integer, Integer> statuses(List<CompletableFuture<HttpResponse<String>>> answers)
      throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      statuses.merge(answer.get(20, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
    }
    return statuses;
  }

  /** The token with another, unknown key id in its header; its signature no longer matters, as no key is found. */
  private static String withKid(String token, int n) {
    return RawJws.withKeyId(token, "ins_flood_" + n);
  }

  /** Waits for a condition other threads make true, failing after 30 seconds. */
  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  private Http http() {
    return new Http(port);
  }

  /** The verifier's clock is the test's; the real authenticator counts the authentications it started. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Clocked {

    @Bean
    SessionVerifierCustomizer testClock() {
      return builder -> builder.clock(CLOCK);
    }

    @Bean
    RequestAuthenticator countingAuthenticator(SessionVerifier verifier) {
      RequestAuthenticator real = RequestAuthenticator.of(verifier);
      return new RequestAuthenticator() {
        @Override
        public AuthResult authenticate(RequestCredentials request) {
          return real.authenticate(request);
        }

        @Override
        public CompletionStage<AuthResult> authenticateAsync(RequestCredentials request) {
          CompletionStage<AuthResult> started = real.authenticateAsync(request);
          AUTHENTICATIONS.incrementAndGet();
          return started;
        }
      };
    }
  }
}
