package dev.tollgate.servlet.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tollgate.SessionVerifier;
import dev.tollgate.servlet.TollgateFilter;
import dev.tollgate.servlet.testing.EmbeddedContainer;
import dev.tollgate.servlet.testing.JettyContainer;
import dev.tollgate.servlet.testing.TomcatContainer;
import dev.tollgate.servlet.testing.WebContext;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An anonymous caller disguises a request as a CORS preflight ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}, no token) to reach a handler on a required path that does not dispatch
 * by method (a front controller, a proxy servlet: it overrides {@code service()} and answers every method with
 * the protected content). Runs in real Jetty 12 and Tomcat 11; {@code /api/*} is required, and the application
 * opted in to anonymous preflights on {@code /api/cors/*} only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreflightAttacksTest {

  private static final String REALM = "preflight";

  /** Answers every method with the protected content and counts how often it ran. */
  static final class FrontController extends HttpServlet {
    private static final long serialVersionUID = 1L;
    final transient AtomicInteger invocations = new AtomicInteger();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
      invocations.incrementAndGet();
      response.setContentType("text/plain");
      response.getWriter().write("protected content");
    }
  }

  /** One started container with its handler; named by the container in test names. */
  private record Deployment(String name, EmbeddedContainer container, FrontController front) {
    @Override
    public String toString() {
      return name;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Deployment> deployments = new ArrayList<>();
  private SessionVerifier verifier;

  @BeforeAll
  void startContainers() throws Exception {
    verifier = SessionVerifier.builder().jwtKey(TestKeys.primaryPem())
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).build();
    FrontController jettyFront = new FrontController();
    deployments.add(new Deployment("Jetty", JettyContainer.start(List.of(context(jettyFront))), jettyFront));
    FrontController tomcatFront = new FrontController();
    deployments.add(new Deployment("Tomcat", TomcatContainer.start(List.of(context(tomcatFront))), tomcatFront));
  }

  private WebContext context(FrontController front) {
    TollgateFilter filter = TollgateFilter.builder(verifier).requirePaths("/api/*")
        .passPreflightPaths("/api/cors/*").realm(REALM).build();
    return new WebContext("", filter).servlet("front", front, "/api/*", "/public/*");
  }

  @AfterAll
  void stopContainers() throws Exception {
    try {
      for (Deployment deployment : deployments) {
        deployment.container().stop();
      }
    } finally {
      verifier.close();
    }
  }

  @BeforeEach
  void resetCounts() {
    deployments.forEach(deployment -> deployment.front().invocations.set(0));
  }

  Stream<Deployment> containers() {
    return deployments.stream();
  }

  private HttpResponse<String> send(Deployment deployment, String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + deployment.container().port() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> preflight(Deployment deployment, String path, String... headers) throws Exception {
    String[] withMethod = Arrays.copyOf(headers, headers.length + 2);
    withMethod[headers.length] = "Access-Control-Request-Method";
    withMethod[headers.length + 1] = "GET";
    return send(deployment, "OPTIONS", path, withMethod);
  }

  private static void assertAnswered(int status, int handlerRuns, Deployment deployment,
      HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(handlerRuns, deployment.front().invocations.get(), "handler invocations");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void preflightWhenAnonymousOnRequiredPathThen401AndHandlerNeverRuns(Deployment deployment) throws Exception {
    HttpResponse<String> bare = preflight(deployment, "/api/secrets");
    HttpResponse<String> withOrigin = preflight(deployment, "/api/secrets", "Origin", "https://evil.example.com");

    assertEquals("Bearer realm=\"" + REALM + "\"", bare.headers().firstValue("WWW-Authenticate").orElse(null));
    assertEquals(401, bare.statusCode(), bare.body());
    assertAnswered(401, 0, deployment, withOrigin);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void preflightWhenSignedInOnRequiredPathThenHandlerRunsLikeAnyRequest(Deployment deployment) throws Exception {
    HttpResponse<String> response = preflight(deployment, "/api/secrets",
        "Authorization", "Bearer " + TestTokens.token().build());

    assertAnswered(200, 1, deployment, response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void preflightWhenOutsideRequiredPathsThenContinuesAsBefore(Deployment deployment) throws Exception {
    assertAnswered(200, 1, deployment, preflight(deployment, "/public/page"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void preflightWhenRequiredPathIsOptedInThenContinuesToTheHandler(Deployment deployment) throws Exception {
    HttpResponse<String> response = preflight(deployment, "/api/cors/widgets", "Origin", "https://app.example.com");

    assertAnswered(200, 1, deployment, response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void requestWhenOptedInPathButNotAPreflightThen401AndHandlerNeverRuns(Deployment deployment) throws Exception {
    HttpResponse<String> get = send(deployment, "GET", "/api/cors/widgets");
    HttpResponse<String> options = send(deployment, "OPTIONS", "/api/cors/widgets", "Origin",
        "https://app.example.com");

    assertEquals(401, get.statusCode(), get.body());
    assertAnswered(401, 0, deployment, options);
  }
}
