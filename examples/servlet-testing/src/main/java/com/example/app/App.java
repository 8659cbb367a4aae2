package com.example.app;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.SessionVerifier;
import dev.tollgate.servlet.TollgateFilter;
import dev.tollgate.servlet.TollgateResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.EnumSet;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A servlet app on embedded Jetty 12 behind {@link TollgateFilter}: {@code GET /api/me} answers any signed-in user
 * with their user id, {@code GET /api/admin/reports} only organization admins. Stop it with {@link #close()}.
 */
public final class App implements AutoCloseable {

  private final Server server;

  private App(Server server) {
    this.server = server;
  }

  /** Runs on $PORT (default 8080), keys from CLERK_JWKS_URL or CLERK_JWT_KEY (or CLERK_SECRET_KEY). */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    try (SessionVerifier verifier = verifier(System::getenv); App app = start(verifier, port)) {
      System.out.println("Listening on " + app.uri("/"));
      app.server.join();
    }
  }

  /** The verifier the environment describes; tokens must come from the front end on localhost:3000. */
  static SessionVerifier verifier(Function<String, String> environment) {
    return ClerkEnvironment.read(environment).builder().authorizedParties("http://localhost:3000").build();
  }

  /** Starts the app on 127.0.0.1:{@code port} (0: a free port); the caller keeps the verifier open. */
  public static App start(SessionVerifier verifier, int port) throws Exception {
    ServletContextHandler context = new ServletContextHandler();
    FilterHolder tollgate = new FilterHolder(TollgateFilter.builder(verifier).requirePaths("/api/*").build());
    tollgate.setAsyncSupported(true);
    context.addFilter(tollgate, "/*", EnumSet.allOf(DispatcherType.class));
    context.addServlet(new ServletHolder(new MeServlet()), "/api/me");
    context.addServlet(new ServletHolder(new ReportsServlet()), "/api/admin/reports");
    Server server = new Server(new InetSocketAddress("127.0.0.1", port));
    server.setHandler(context);
    server.start();
    return new App(server);
  }

  /** @return the URI of {@code path} on this app, for example {@code uri("/api/me")} */
  public URI uri(String path) {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Any signed-in user: the filter has refused everyone else on /api/*. */
  static final class MeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain;charset=utf-8");
      response.getWriter().print(request.getRemoteUser());
    }
  }

  /** Organization admins only: anyone else signed in gets 403 insufficient_scope. */
  static final class ReportsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (TollgateResponses.requireRole(request, response, "org:admin")) {
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().print("reports for " + request.getRemoteUser());
      }
    }
  }
}
