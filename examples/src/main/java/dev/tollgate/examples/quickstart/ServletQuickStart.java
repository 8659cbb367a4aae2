package dev.tollgate.examples.quickstart;

import dev.tollgate.ClerkEnvironment;
import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.servlet.TollgateFilter;
import dev.tollgate.servlet.TollgateRequests;
import dev.tollgate.servlet.TollgateResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

/** A servlet app on embedded Jetty 12: Tollgate requires a Clerk session on /api/*. */
public final class ServletQuickStart {

  /** Starts the app on $PORT (default 8080) with Clerk's settings from the environment, until stopped. */
  public static void main(String[] args) throws Exception {
    SessionVerifier verifier = ClerkEnvironment.fromSystem().builder()  // CLERK_SECRET_KEY, CLERK_JWKS_URL, …
        .authorizedParties("http://localhost:3000")  // your front end's origins; azp must be one of them
        .build();
    verifier.warmUp(Duration.ofSeconds(5));  // optional: load the keys before traffic

    ServletContextHandler context = new ServletContextHandler();
    FilterHolder tollgate = new FilterHolder(TollgateFilter.builder(verifier).requirePaths("/api/*").build());
    tollgate.setAsyncSupported(true);
    context.addFilter(tollgate, "/*", EnumSet.allOf(DispatcherType.class));
    context.addServlet(new ServletHolder(new HelloServlet()), "/api/*");

    Server server = new Server(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));
    server.setHandler(context);
    server.start();
    System.out.println("Listening on http://localhost:" + server.getURI().getPort());
    server.join();
  }

  /** Answers signed-in organization admins; the filter has already refused everyone else on /api/*. */
  static final class HelloServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Session session = TollgateRequests.session(request).orElseThrow();  // /api/* is signed in here
      if (!TollgateResponses.requireRole(request, response, "org:admin")) {
        return;  // 403 insufficient_scope sent
      }
      response.getWriter().println("hello " + session.userId());
    }
  }
}
