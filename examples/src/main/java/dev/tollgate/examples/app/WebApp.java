package dev.tollgate.examples.app;

import dev.tollgate.Reverification;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.support.LoopbackServer;
import dev.tollgate.servlet.TollgateFilter;
import dev.tollgate.servlet.TollgateResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The example web application: embedded Jetty 12 (ee10) with {@link TollgateFilter} built programmatically,
 * requiring a session on {@value #API_PATHS}.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>path</th><th>needs</th><th>refusal</th></tr>
 *   <tr><td>{@code /api/me}</td><td>a session</td><td>401/400/503 from the filter</td></tr>
 *   <tr><td>{@code /api/org/admin}</td><td>role {@value #ADMIN_ROLE}</td><td>403 {@code insufficient_scope}</td></tr>
 *   <tr><td>{@code /api/billing}</td><td>permission {@value #BILLING_PERMISSION}</td><td>403
 *       {@code insufficient_scope}</td></tr>
 *   <tr><td>{@code /api/sensitive}</td><td>{@link #SENSITIVE} reverification</td><td>403 with Clerk's
 *       reverification body</td></tr>
 *   <tr><td>{@code /health}</td><td>nothing (public)</td><td>503 when no keys</td></tr>
 * </table>
 *
 * <p>The verifier is the caller's: closing the app does not close it. Thread-safe.
 */
public final class WebApp implements AutoCloseable {

  /** Default port: {@value}. */
  public static final int DEFAULT_PORT = 8788;
  /** Realm of the {@code WWW-Authenticate} challenges: {@value}. */
  public static final String REALM = "tollgate-demo";
  /** The paths the filter protects: {@value}. */
  public static final String API_PATHS = "/api/*";
  /** Role {@code /api/org/admin} needs: {@value}. */
  public static final String ADMIN_ROLE = "org:admin";
  /** Permission {@code /api/billing} needs: {@value}. */
  public static final String BILLING_PERMISSION = "org:billing:manage";
  /** Reverification {@code /api/sensitive} needs: Clerk's {@code strict} preset, second factor within 10 min. */
  public static final Reverification SENSITIVE = Reverification.STRICT;

  private final LoopbackServer server;

  private WebApp(LoopbackServer server) {
    this.server = server;
  }

  /**
   * Starts the app.
   *
   * @param port the port, or 0 for a free one
   * @param verifier the verifier the filter uses; not closed by the app
   * @return the running app
   * @throws IOException if the port is taken or the server does not start
   */
  public static WebApp start(int port, SessionVerifier verifier) throws IOException {
    Objects.requireNonNull(verifier, "verifier");
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    FilterHolder filter = new FilterHolder(TollgateFilter.builder(verifier)
        .requirePaths(API_PATHS)
        .realm(REALM)
        .debugHeaders(true)
        .build());
    filter.setName("tollgate");
    filter.setAsyncSupported(true);
    context.addFilter(filter, "/*", EnumSet.allOf(DispatcherType.class));
    add(context, "/api/me", new MeServlet());
    add(context, "/api/org/admin", new GuardedServlet(
        (request, response) -> TollgateResponses.requireRole(request, response, ADMIN_ROLE), "role " + ADMIN_ROLE));
    add(context, "/api/billing", new GuardedServlet(
        (request, response) -> TollgateResponses.requirePermission(request, response, BILLING_PERMISSION),
        "permission " + BILLING_PERMISSION));
    add(context, "/api/sensitive", new GuardedServlet(
        (request, response) -> TollgateResponses.requireReverification(request, response, SENSITIVE),
        "reverified: " + SENSITIVE.level().clerkName() + " within " + SENSITIVE.afterMinutes() + " minutes"));
    add(context, "/health", new HealthServlet(verifier));
    return new WebApp(LoopbackServer.bind("app", port).start(context));
  }

  private static void add(ServletContextHandler context, String path, HttpServlet servlet) {
    context.addServlet(new ServletHolder(servlet), path);
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /** Stops the app; idempotent. */
  @Override
  public void close() {
    server.close();
  }
}
