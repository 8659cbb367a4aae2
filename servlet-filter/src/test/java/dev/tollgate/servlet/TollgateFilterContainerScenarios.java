package dev.tollgate.servlet;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tollgate.PublishableKey;
import dev.tollgate.SessionVerifier;
import dev.tollgate.servlet.testing.EmbeddedContainer;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.servlet.testing.WebContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The filter in a real servlet container, over real HTTP, with keys from a WireMock JWKS. Each subclass runs
 * every scenario in one container, started once per class. Three web applications are deployed:
 * <ul>
 *   <li>{@code ""}: a programmatic filter (clock fixed at {@link TestTokens#NOW}, realm {@value #REALM}) that
 *       requires a session on {@code /api/*}, {@code /admin/*} and {@code /reverify/*};</li>
 *   <li>{@code /down}: the same, but the JWKS endpoint answers 500;</li>
 *   <li>{@code /cfg}: a filter configured by init-params and environment variables (system clock), with debug
 *       headers on.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TollgateFilterContainerScenarios {

  static final String REALM = "tollgate-test";
  private static final String BARE_CHALLENGE = "Bearer realm=\"" + REALM + "\"";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final MutableClock clock = new MutableClock(TestTokens.NOW);
  private WireMockServer jwks;
  private SessionVerifier verifier;
  private SessionVerifier downVerifier;
  private EmbeddedContainer container;

  /** Deploys the contexts in the container under test. */
  abstract EmbeddedContainer start(List<WebContext> contexts) throws Exception;

  @BeforeAll
  void startContainer() throws Exception {
    jwks = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    jwks.start();
    jwks.stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(TestJwks.primary())));
    jwks.stubFor(get(urlEqualTo("/jwks-down")).willReturn(aResponse().withStatus(500)));
    String base = "http://127.0.0.1:" + jwks.port();
    verifier = SessionVerifier.builder().jwksUrl(URI.create(base + "/jwks")).publishableKey(TestTokens.PUBLISHABLE_KEY)
        .clock(clock).build();
    downVerifier = SessionVerifier.builder().jwksUrl(URI.create(base + "/jwks-down"))
        .clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC)).build();

    WebContext root = withServlets(new WebContext("", TollgateFilter.builder(verifier)
        .requirePaths("/api/*", "/admin/*", "/reverify/*")
        .realm(REALM)
        .build()));
    WebContext down = withServlets(new WebContext("/down", TollgateFilter.builder(downVerifier)
        .requirePaths("/api/*").realm(REALM).build()));
    Map<String, String> environment = Map.of(
        TollgateFilter.ENV_JWKS_URL, base + "/jwks",
        TollgateFilter.ENV_AUTHORIZED_PARTIES, "https://other.example.com, " + TestTokens.PARTY);
    WebContext configured = withServlets(new WebContext("/cfg", new TollgateFilter(environment::get))
        .initParam(TollgateFilter.INIT_PUBLISHABLE_KEY, TestTokens.PUBLISHABLE_KEY)
        .initParam(TollgateFilter.INIT_REQUIRE_PATHS, "/api/*")
        .initParam(TollgateFilter.INIT_REALM, "cfg")
        .initParam(TollgateFilter.INIT_DEBUG_HEADERS, "true"));
    container = start(List.of(root, down, configured));
  }

  private WebContext withServlets(WebContext context) {
    return context
        .servlet("whoami", new ScenarioServlets.WhoAmI(), "/api/*", "/app/*")
        .servlet("async", new ScenarioServlets.AsyncWhoAmI(), "/async/*")
        .servlet("asyncDispatch", new ScenarioServlets.AsyncDispatch(), "/async-dispatch/*")
        .servlet("forward", new ScenarioServlets.ForwardAfterExpiry(clock), "/forward/*")
        .servlet("include", new ScenarioServlets.Include(), "/include/*")
        .servlet("admin", new ScenarioServlets.AdminOnly(), "/admin/*")
        .servlet("handlerChecks", new ScenarioServlets.HandlerRequiresSession(), "/handler/*")
        .servlet("reverify", new ScenarioServlets.Reverify(), "/reverify/*")
        .servlet("roles", new ScenarioServlets.RoleProbe(), "/roles/*")
        .servlet("blankNames", new ScenarioServlets.BlankNameChecks(), "/blank-names/*");
  }

  @AfterAll
  void stopContainer() throws Exception {
    try {
      container.stop();
    } finally {
      verifier.close();
      downVerifier.close();
      jwks.stop();
    }
  }

  private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + container.port() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> fetch(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static String invalidToken(String description) {
    return BARE_CHALLENGE + ", error=\"invalid_token\", error_description=\"" + description + "\"";
  }

  private static String invalidRequest(String description) {
    return BARE_CHALLENGE + ", error=\"invalid_request\", error_description=\"" + description + "\"";
  }

  private static void assertSignedIn(HttpResponse<String> response, String user) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("status=signed-in reason=- user=" + user + " principal=" + user
        + " session=" + user), response.body());
  }

  // --- token sources ---

  @Test
  void requestWhenBearerHeaderThenServletSeesUser() throws Exception {
    HttpResponse<String> response = fetch("/api/whoami", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertEquals("status=signed-in reason=- user=user_2test principal=user_2test session=user_2test admin=false"
        + " member=false any=true dispatch=REQUEST", response.body());
    assertEquals(null, header(response, "WWW-Authenticate"));
  }

  @Test
  void requestWhenSessionCookieThenSignedIn() throws Exception {
    String token = TestTokens.token().claim("sub", "user_cookie").build();

    assertSignedIn(fetch("/api/whoami", "Cookie", "theme=dark; __session=" + token), "user_cookie");
  }

  @Test
  void requestWhenSuffixedCookieThenSignedIn() throws Exception {
    String suffixed = "__session_" + PublishableKey.parse(TestTokens.PUBLISHABLE_KEY).cookieSuffix();
    String cookies = "__session=" + TestTokens.token().claim("sub", "user_plain").build() + "; " + suffixed + "="
        + TestTokens.token().claim("sub", "user_suffixed").build();

    assertSignedIn(fetch("/api/whoami", "Cookie", cookies), "user_suffixed");
  }

  @Test
  void requestWhenHeaderAndCookieThenHeaderWins() throws Exception {
    assertSignedIn(fetch("/api/whoami",
        "Authorization", "Bearer " + TestTokens.token().claim("sub", "user_header").build(),
        "Cookie", "__session=" + TestTokens.token().claim("sub", "user_cookie").build()), "user_header");
  }

  @Test
  void requestWhenTokenOnlyInQueryStringThenMissing() throws Exception {
    String token = TestTokens.token().build();

    HttpResponse<String> response = fetch("/api/whoami?__session=" + token + "&token=" + token);

    assertEquals(401, response.statusCode());
    assertEquals(BARE_CHALLENGE, header(response, "WWW-Authenticate"));
  }

  // --- require mode: statuses and exact challenges ---

  @Test
  void requestWhenNoTokenOnRequiredPathThen401WithoutErrorAttribute() throws Exception {
    HttpResponse<String> response = fetch("/api/whoami");

    assertEquals(401, response.statusCode());
    assertEquals(BARE_CHALLENGE, header(response, "WWW-Authenticate"));
    assertEquals("application/problem+json", header(response, "Content-Type"));
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"No session token was sent.\",\"reason\":\"session-token-missing\"}", response.body());
  }

  @Test
  void requestWhenTwoAuthorizationHeadersThen400InvalidRequest() throws Exception {
    String token = TestTokens.token().build();

    HttpResponse<String> response = fetch("/api/whoami", "Authorization", "Bearer " + token,
        "Authorization", "Bearer " + token);

    assertEquals(400, response.statusCode());
    assertEquals(invalidRequest("More than one Authorization header was sent."),
        header(response, "WWW-Authenticate"));
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"More than one"
        + " Authorization header was sent.\",\"error\":\"invalid_request\","
        + "\"reason\":\"authorization-header-duplicated\"}", response.body());
  }

  @Test
  void requestWhenBadSchemeThen400EvenWithValidCookie() throws Exception {
    HttpResponse<String> response = fetch("/api/whoami", "Authorization", "Basic dXNlcjpwYXNz",
        "Cookie", "__session=" + TestTokens.token().build());

    assertEquals(400, response.statusCode());
    assertEquals(invalidRequest("The Authorization header does not use the Bearer scheme."),
        header(response, "WWW-Authenticate"));
  }

  @Test
  void requestWhenExpiredThen401InvalidTokenWithExpiry() throws Exception {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(600)).build();

    HttpResponse<String> response = fetch("/api/whoami", "Authorization", "Bearer " + expired);

    assertEquals(401, response.statusCode());
    assertEquals(invalidToken("JWT is expired. Expiry date: 2023-11-14T22:04:20Z, Current date: 2023-11-14T22:13:20Z."),
        header(response, "WWW-Authenticate"));
    assertTrue(response.body().contains("\"reason\":\"token-expired\""), response.body());
    assertFalse(response.body().contains(expired.substring(expired.lastIndexOf('.') + 1)));
  }

  @Test
  void requestWhenSessionPendingThen401Pending() throws Exception {
    HttpResponse<String> response = fetch("/api/whoami",
        "Authorization", "Bearer " + TestTokens.token().claim("sts", "pending").build());

    assertEquals(401, response.statusCode());
    assertEquals(invalidToken("The session is pending: the user has a task to finish before signing in completes."),
        header(response, "WWW-Authenticate"));
    assertTrue(response.body().contains("\"reason\":\"session-pending\""), response.body());
  }

  @Test
  void requestWhenJwtTemplateTokenThen401TokenTypeMismatch() throws Exception {
    HttpResponse<String> response = fetch("/api/whoami",
        "Authorization", "Bearer " + TestTokens.token().header("cat", "cl_B7d4PD222AAA").build());

    assertEquals(401, response.statusCode());
    assertEquals(invalidToken("The token is a JWT-template token, not a session token."),
        header(response, "WWW-Authenticate"));
    assertTrue(response.body().contains("\"reason\":\"token-type-mismatch\""), response.body());
  }

  @Test
  void requestWhenKeysDownOnRequiredPathThen503WithRetryAfter() throws Exception {
    HttpResponse<String> response = fetch("/down/api/whoami", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(503, response.statusCode());
    assertTrue(header(response, "Retry-After").matches("[1-9][0-9]*"), header(response, "Retry-After"));
    assertEquals(null, header(response, "WWW-Authenticate"));
    assertEquals("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"The"
        + " session token could not be checked because the signing keys are unavailable. Retry later.\","
        + "\"reason\":\"keys-unavailable\"}", response.body());
  }

  // --- attach-only mode ---

  @Test
  void requestWhenNoTokenOnAttachPathThenContinuesSignedOut() throws Exception {
    HttpResponse<String> response = fetch("/app/whoami");

    assertEquals(200, response.statusCode());
    assertEquals("status=signed-out reason=session-token-missing user=null principal=null session=none admin=false"
        + " member=false any=false dispatch=REQUEST", response.body());
  }

  @Test
  void requestWhenInvalidTokenOnAttachPathThenContinuesWithReason() throws Exception {
    String expired = TestTokens.token().issuedAt(TestTokens.NOW.minusSeconds(600)).build();

    HttpResponse<String> response = fetch("/app/whoami", "Authorization", "Bearer " + expired);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("status=signed-out reason=token-expired user=null"), response.body());
  }

  @Test
  void requestWhenKeysDownOnAttachPathThenContinuesUnavailable() throws Exception {
    HttpResponse<String> response = fetch("/down/app/whoami", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("status=unavailable reason=- user=null"), response.body());
  }

  // --- CORS preflight ---

  @Test
  void preflightWhenOptionsWithRequestMethodOnAttachOnlyPathThenPassesUntouched() throws Exception {
    HttpResponse<String> response = send("OPTIONS", "/app/whoami", "Origin", "https://app.example.com",
        "Access-Control-Request-Method", "GET");

    assertEquals(200, response.statusCode());
    assertEquals(null, header(response, "WWW-Authenticate"));
    assertTrue(header(response, "Allow").contains("GET"), header(response, "Allow"));
  }

  @Test
  void optionsWhenNotPreflightThenRequiresSession() throws Exception {
    HttpResponse<String> response = send("OPTIONS", "/api/whoami", "Origin", "https://app.example.com");

    assertEquals(401, response.statusCode());
    assertEquals(BARE_CHALLENGE, header(response, "WWW-Authenticate"));
  }

  // --- async and dispatches ---

  @Test
  void asyncServletWhenSignedInThenSeesSessionOnAnotherThread() throws Exception {
    HttpResponse<String> response = fetch("/async/whoami", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("async:status=signed-in reason=- user=user_2test principal=user_2test"
        + " session=user_2test"), response.body());
  }

  @Test
  void asyncDispatchWhenSignedInThenTargetSeesPrincipal() throws Exception {
    HttpResponse<String> response = fetch("/async-dispatch/x", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertEquals("status=signed-in reason=- user=user_2test principal=user_2test session=user_2test admin=false"
        + " member=false any=true dispatch=ASYNC", response.body());
  }

  @Test
  void forwardWhenTokenExpiresBeforeForwardThenNotVerifiedAgain() throws Exception {
    HttpResponse<String> response = fetch("/forward/x", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertEquals("status=signed-in reason=- user=user_2test principal=user_2test session=user_2test admin=false"
        + " member=false any=true dispatch=FORWARD", response.body());
  }

  @Test
  void includeWhenSignedInThenIncludedServletSeesPrincipal() throws Exception {
    HttpResponse<String> response = fetch("/include/x", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("include:status=signed-in reason=- user=user_2test principal=user_2test"),
        response.body());
    assertTrue(response.body().endsWith("dispatch=INCLUDE"), response.body());
  }

  // --- roles and authorization helpers ---

  @Test
  void isUserInRoleWhenOrgAdminThenTrueWithOrWithoutPrefix() throws Exception {
    HttpResponse<String> admin = fetch("/app/whoami",
        "Authorization", "Bearer " + TestTokens.token().orgRole("org:admin").build());
    HttpResponse<String> member = fetch("/app/whoami",
        "Authorization", "Bearer " + TestTokens.token().orgRole("org:member").build());

    assertTrue(admin.body().endsWith("admin=true member=false any=true dispatch=REQUEST"), admin.body());
    assertTrue(member.body().endsWith("admin=false member=true any=true dispatch=REQUEST"), member.body());
  }

  @Test
  void isUserInRoleWhenBlankOrUnknownNameThenFalseAndNot500() throws Exception {
    HttpResponse<String> response = fetch("/roles/x",
        "Authorization", "Bearer " + TestTokens.token().orgRole("org:admin").build());

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("blank=false space=false unknown=false any=true", response.body());
  }

  @Test
  void requireRoleWhenNameBlankThenIllegalArgumentBeforeAnyAnswerSignedInOrNot() throws Exception {
    String expected = "role=IllegalArgumentException-before-answering-true"
        + " permission=IllegalArgumentException-before-answering-true";

    HttpResponse<String> anonymous = fetch("/blank-names/x");
    HttpResponse<String> signedIn = fetch("/blank-names/x", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(expected, anonymous.body(), "anonymous");
    assertEquals(expected, signedIn.body(), "signed in");
  }

  @Test
  void requireSessionWhenAttachOnlyPathHasNoTokenThenHandlerAnswers401() throws Exception {
    HttpResponse<String> anonymous = fetch("/handler/x");
    HttpResponse<String> signedIn = fetch("/handler/x", "Authorization", "Bearer " + TestTokens.token().build());

    assertEquals(401, anonymous.statusCode());
    assertEquals(BARE_CHALLENGE, header(anonymous, "WWW-Authenticate"));
    assertEquals(200, signedIn.statusCode());
    assertEquals("hello " + TestTokens.USER_ID, signedIn.body());
  }

  @Test
  void requireRoleWhenRoleMissingThen403InsufficientScope() throws Exception {
    HttpResponse<String> response = fetch("/admin/x",
        "Authorization", "Bearer " + TestTokens.token().orgRole("org:member").build());

    assertEquals(403, response.statusCode());
    assertEquals(BARE_CHALLENGE + ", error=\"insufficient_scope\", error_description=\"The organization role"
        + " org:admin is required.\"", header(response, "WWW-Authenticate"));
    assertTrue(response.body().contains("\"error\":\"insufficient_scope\""), response.body());
  }

  @Test
  void requireRoleWhenAdminThenHandlerRuns() throws Exception {
    HttpResponse<String> response = fetch("/admin/x",
        "Authorization", "Bearer " + TestTokens.token().orgRole("org:admin").build());

    assertEquals(200, response.statusCode());
    assertEquals("admin ok", response.body());
  }

  @Test
  void requireReverificationWhenFactorStaleThen403ClerkBody() throws Exception {
    HttpResponse<String> response = fetch("/reverify/x",
        "Authorization", "Bearer " + TestTokens.token().claim("fva", List.of(30, 30)).build());

    assertEquals(403, response.statusCode());
    assertEquals("application/json", header(response, "Content-Type"));
    assertEquals("{\"clerk_error\":{\"type\":\"forbidden\",\"reason\":\"reverification-error\",\"metadata\":"
        + "{\"reverification\":{\"level\":\"second_factor\",\"afterMinutes\":10}}}}", response.body());
    assertEquals(null, header(response, "WWW-Authenticate"));
  }

  @Test
  void requireReverificationWhenFactorFreshThenHandlerRuns() throws Exception {
    HttpResponse<String> response = fetch("/reverify/x",
        "Authorization", "Bearer " + TestTokens.token().claim("fva", List.of(3, 3)).build());

    assertEquals(200, response.statusCode());
    assertEquals("reverified", response.body());
  }

  // --- debug headers and init-param/environment configuration ---

  @Test
  void debugHeadersWhenNotEnabledThenAbsent() throws Exception {
    HttpResponse<String> response = fetch("/app/whoami");

    assertEquals(Optional.empty(), response.headers().firstValue(TollgateFilter.DEBUG_STATUS_HEADER));
    assertEquals(Optional.empty(), response.headers().firstValue(TollgateFilter.DEBUG_REASON_HEADER));
  }

  @Test
  void configuredFilterWhenValidTokenThenSignedInWithDebugStatus() throws Exception {
    String token = TestTokens.token().issuedAt(Instant.now()).build();

    HttpResponse<String> response = fetch("/cfg/api/whoami", "Authorization", "Bearer " + token);

    assertSignedIn(response, TestTokens.USER_ID);
    assertEquals("signed-in", header(response, "x-clerk-auth-status"));
    assertEquals(null, header(response, "x-clerk-auth-reason"));
  }

  @Test
  void configuredFilterWhenNoTokenThenRealmFromInitParamAndDebugReason() throws Exception {
    HttpResponse<String> response = fetch("/cfg/api/whoami");

    assertEquals(401, response.statusCode());
    assertEquals("Bearer realm=\"cfg\"", header(response, "WWW-Authenticate"));
    assertEquals("signed-out", header(response, "x-clerk-auth-status"));
    assertEquals("session-token-missing", header(response, "x-clerk-auth-reason"));
  }

  @Test
  void configuredFilterWhenPartyNotAuthorizedThen401FromEnvironmentSetting() throws Exception {
    String token = TestTokens.token().issuedAt(Instant.now()).claim("azp", "https://evil.example.com").build();

    HttpResponse<String> response = fetch("/cfg/api/whoami", "Authorization", "Bearer " + token);

    assertEquals(401, response.statusCode());
    assertEquals("token-invalid-authorized-parties", header(response, "x-clerk-auth-reason"));
    assertTrue(header(response, "WWW-Authenticate").startsWith("Bearer realm=\"cfg\", error=\"invalid_token\""),
        header(response, "WWW-Authenticate"));
  }

  @Test
  void configuredFilterWhenIssuerNotThePublishableKeysThen401() throws Exception {
    String token = TestTokens.token().issuedAt(Instant.now()).claim("iss", "https://clerk.other.com").build();

    HttpResponse<String> response = fetch("/cfg/api/whoami", "Authorization", "Bearer " + token);

    assertEquals(401, response.statusCode());
    assertEquals("token-invalid-issuer", header(response, "x-clerk-auth-reason"));
  }
}
