package dev.tollgate.servlet;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.SessionVerifier;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.ErrorResponse;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates every request by its Clerk session token and exposes the result to the application.
 *
 * <p>Per request: the filter runs {@link dev.tollgate.web.RequestAuthenticator} once (token from
 * {@code Authorization: Bearer}, else the {@code __session} cookie), stores the {@link AuthResult} under
 * {@link TollgateRequests#RESULT_ATTRIBUTE}, and, when signed in, wraps the request so
 * {@code getUserPrincipal()} is a {@link SessionPrincipal}, {@code getRemoteUser()} the user id and
 * {@code isUserInRole(r)} is {@code session.hasRole(r)} ({@code false} for a blank or malformed name). On a
 * request whose path matches the require patterns and that is not signed in, it answers itself with
 * {@link ErrorResponse}: 401 (invalid or missing token, with {@code WWW-Authenticate: Bearer}), 400
 * ({@code invalid_request}) or 503 (keys unavailable, with {@code Retry-After}); elsewhere (attach-only) every
 * request continues.
 *
 * <p>CORS preflights ({@code OPTIONS} with {@code Access-Control-Request-Method}): on a required path a preflight
 * gets the same decision as any other request, so an anonymous one is refused with 401 and never reaches the
 * handler, because a handler that does not dispatch by method (a proxy servlet, a front controller) would
 * serve it the protected content. Only on the required paths the application names with
 * {@link TollgateFilterBuilder#passPreflightPaths(String...)} (init-param {@link #INIT_PASS_PREFLIGHT_PATHS})
 * does an anonymous preflight continue, untouched. Outside required paths preflights continue untouched.
 * Browsers send preflights without credentials, so answer them with a CORS filter mapped <em>before</em> this one.
 *
 * <p>Dispatches: the decision is taken on the first dispatch that reaches the filter, normally
 * {@code REQUEST}, and only a {@code REQUEST} dispatch can be refused. Later {@code FORWARD}, {@code INCLUDE},
 * {@code ASYNC} and {@code ERROR} dispatches of the same request reuse the attached result, re-wrapping the
 * request if needed, and never verify again; map the filter for them when their targets call
 * {@code getUserPrincipal()}. The filter supports async requests ({@code asyncSupported}).
 *
 * <p>Configuration: programmatically with {@link #builder(SessionVerifier)} (init-params are then ignored),
 * or, with the public no-argument constructor, from init-params and environment variables read in
 * {@link #init(FilterConfig)} (the {@code INIT_*} and {@code ENV_*} constants; an init-param wins over its
 * environment variable). Bad configuration fails {@code init} with a {@link ServletException} that names the
 * setting and never echoes its value: an init-param of another name, a list setting that lists nothing, and
 * any invalid value.
 *
 * <p>Thread-safe once initialised. A verifier the filter built itself is closed by {@link #destroy()}; one
 * given to the builder is not.
 */
public final class TollgateFilter implements Filter {

  /** Default realm of the {@code WWW-Authenticate} challenge: {@value}. */
  public static final String DEFAULT_REALM = "tollgate";
  /** Whether the {@code x-clerk-auth-status}/{@code x-clerk-auth-reason} headers are sent by default: no. */
  public static final boolean DEFAULT_DEBUG_HEADERS = false;
  /** Debug response header with {@code signed-in} or {@code signed-out}: {@value}. */
  public static final String DEBUG_STATUS_HEADER = "x-clerk-auth-status";
  /** Debug response header with the signed-out reason code: {@value}. */
  public static final String DEBUG_REASON_HEADER = "x-clerk-auth-reason";

  /** Init-param: networkless PEM public key; env {@link #ENV_JWT_KEY}. Precedence 1 of the key sources. */
  public static final String INIT_JWT_KEY = "jwt-key";
  /** Init-param: JWKS URL; env {@link #ENV_JWKS_URL}. Precedence 2 of the key sources. */
  public static final String INIT_JWKS_URL = "jwks-url";
  /** Init-param: Backend API secret key; env {@link #ENV_SECRET_KEY}. Precedence 3 of the key sources. */
  public static final String INIT_SECRET_KEY = "secret-key";
  /** Init-param: Backend API base URL for the secret key; env {@link #ENV_API_URL}. */
  public static final String INIT_API_URL = "api-url";
  /**
   * Init-param: publishable key (issuer pin, suffixed cookie; alone, a key source); env {@link #ENV_PUBLISHABLE_KEY}.
   */
  public static final String INIT_PUBLISHABLE_KEY = "publishable-key";
  /** Init-param: comma-separated authorized parties ({@code azp}); env {@link #ENV_AUTHORIZED_PARTIES}. */
  public static final String INIT_AUTHORIZED_PARTIES = "authorized-parties";
  /** Init-param: comma-separated path patterns that require a session; default none (attach-only). */
  public static final String INIT_REQUIRE_PATHS = "require-paths";
  /**
   * Init-param: comma-separated path patterns, among the required ones, where an anonymous CORS preflight
   * continues down the chain; default none. Needs {@link #INIT_REQUIRE_PATHS}.
   */
  public static final String INIT_PASS_PREFLIGHT_PATHS = "pass-preflight-paths";
  /** Init-param: the challenge realm; default {@value #DEFAULT_REALM}. */
  public static final String INIT_REALM = "realm";
  /**
   * Init-param: {@code true} to accept pending sessions, set on the verifier the filter builds
   * ({@link dev.tollgate.SessionVerifierBuilder#acceptPending(boolean)}); default {@code false}.
   */
  public static final String INIT_ACCEPT_PENDING = "accept-pending";
  /** Init-param: {@code true} to send the debug headers; default {@code false}. */
  public static final String INIT_DEBUG_HEADERS = "debug-headers";

  /** Environment variable: {@value}. */
  public static final String ENV_JWT_KEY = ClerkEnvironment.JWT_KEY;
  /** Environment variable: {@value}. */
  public static final String ENV_JWKS_URL = ClerkEnvironment.JWKS_URL;
  /** Environment variable: {@value}. */
  public static final String ENV_SECRET_KEY = ClerkEnvironment.SECRET_KEY;
  /** Environment variable: {@value}. */
  public static final String ENV_API_URL = ClerkEnvironment.API_URL;
  /** Environment variable: {@value}. */
  public static final String ENV_PUBLISHABLE_KEY = ClerkEnvironment.PUBLISHABLE_KEY;
  /** Environment variable: {@value}. */
  public static final String ENV_AUTHORIZED_PARTIES = ClerkEnvironment.AUTHORIZED_PARTIES;

  private final Function<String, @Nullable String> env;
  private volatile @Nullable FilterOptions options;

  /** For containers ({@code web.xml}, {@code @WebFilter}): configured from init-params and the environment. */
  public TollgateFilter() {
    this(System::getenv);
  }

  /** Test seam: configured from init-params and this environment lookup. */
  TollgateFilter(Function<String, @Nullable String> env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  TollgateFilter(FilterOptions options) {
    this.env = name -> null;
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Starts a programmatically configured filter, for example for a Spring Boot {@code FilterRegistrationBean}.
   *
   * @param verifier the verifier; the filter does not close it
   * @return a new builder; not thread-safe
   */
  public static TollgateFilterBuilder builder(SessionVerifier verifier) {
    return new TollgateFilterBuilder(verifier);
  }

  /**
   * Reads the configuration unless the filter was built programmatically.
   *
   * @param config the container's filter configuration
   * @throws ServletException naming the setting when the configuration is invalid or has no key source
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    if (options != null) {
      return;
    }
    try {
      ServletContext context = config.getServletContext();
      Consumer<String> log = message -> {
        if (context != null) {
          context.log(message);
        }
      };
      options = FilterSettings.read(config::getInitParameter, Collections.list(config.getInitParameterNames()), env,
          log);
    } catch (IllegalArgumentException invalid) {
      throw new ServletException("Tollgate filter '" + config.getFilterName() + "' is misconfigured: "
          + invalid.getMessage());
    }
  }

  /**
   * Authenticates the request, attaches the result, and continues or refuses as described on the class.
   *
   * @throws IllegalStateException if the filter was not initialised
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    FilterOptions current = options;
    if (current == null) {
      throw new IllegalStateException("TollgateFilter used before init(FilterConfig)");
    }
    if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse httpResponse = (HttpServletResponse) response;
    Object attached = http.getAttribute(TollgateRequests.RESULT_ATTRIBUTE);
    if (attached instanceof AuthResult) {
      chain.doFilter(AuthenticatedRequest.wrapIfSignedIn(http, (AuthResult) attached), response);
      return;
    }
    String path = contextPath(http);
    boolean required = current.requirePaths.matches(path);
    if (isPreflight(http) && (!required || current.passPreflightPaths.matches(path))) {
      chain.doFilter(request, response);
      return;
    }
    AuthResult result = current.authenticator.authenticate(new ServletRequestCredentials(http));
    http.setAttribute(TollgateRequests.RESULT_ATTRIBUTE, result);
    http.setAttribute(TollgateRequests.REALM_ATTRIBUTE, current.realm);
    if (current.debugHeaders) {
      addDebugHeaders(httpResponse, result);
    }
    if (!(result instanceof AuthResult.SignedIn) && http.getDispatcherType() == DispatcherType.REQUEST && required) {
      TollgateResponses.send(httpResponse, ErrorResponse.refusing(result, current.realm));
      return;
    }
    chain.doFilter(AuthenticatedRequest.wrapIfSignedIn(http, result), response);
  }

  /** Closes the verifier if this filter built it. */
  @Override
  public void destroy() {
    FilterOptions current = options;
    if (current != null && current.ownedVerifier != null) {
      current.ownedVerifier.close();
    }
  }

  private static boolean isPreflight(HttpServletRequest request) {
    return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
  }

  private static String contextPath(HttpServletRequest request) {
    String servletPath = Objects.requireNonNullElse(request.getServletPath(), "");
    String pathInfo = Objects.requireNonNullElse(request.getPathInfo(), "");
    // Joined only when both are there: an exact servlet mapping has no path info, and the join is a new string.
    String path = pathInfo.isEmpty() ? servletPath : servletPath.isEmpty() ? pathInfo : servletPath + pathInfo;
    return path.isEmpty() ? "/" : path;
  }

  private static void addDebugHeaders(HttpServletResponse response, AuthResult result) {
    if (result instanceof AuthResult.SignedIn) {
      response.setHeader(DEBUG_STATUS_HEADER, "signed-in");
      return;
    }
    response.setHeader(DEBUG_STATUS_HEADER, "signed-out");
    response.setHeader(DEBUG_REASON_HEADER, result instanceof AuthResult.SignedOut signedOut
        ? signedOut.reason().code() : AuthResult.Unavailable.REASON_KEYS_UNAVAILABLE);
  }
}
