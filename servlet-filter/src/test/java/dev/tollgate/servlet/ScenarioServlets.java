package dev.tollgate.servlet;

import dev.tollgate.Session;
import dev.tollgate.Reverification;
import dev.tollgate.testing.MutableClock;
import dev.tollgate.web.AuthResult;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.security.Principal;
import java.time.Duration;

/** The servlets the container scenarios deploy: each reports what the servlet API tells it. */
final class ScenarioServlets {

  private ScenarioServlets() {}

  /**
   * One line describing the request as a servlet sees it, e.g.
   * {@code status=signed-in reason=- user=user_x principal=user_x admin=false member=true any=true dispatch=REQUEST}.
   */
  static String describe(HttpServletRequest request) {
    AuthResult result = TollgateRequests.result(request).orElse(null);
    String reason = result instanceof AuthResult.SignedOut signedOut ? signedOut.reason().code() : "-";
    Principal principal = request.getUserPrincipal();
    return "status=" + (result == null ? "none" : result.status().code())
        + " reason=" + reason
        + " user=" + request.getRemoteUser()
        + " principal=" + (principal == null ? null : principal.getName())
        + " session=" + TollgateRequests.session(request).map(s -> s.userId()).orElse("none")
        + " admin=" + request.isUserInRole("org:admin")
        + " member=" + request.isUserInRole("member")
        + " any=" + request.isUserInRole("**")
        + " dispatch=" + request.getDispatcherType();
  }

  static void write(HttpServletResponse response, String text) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().write(text);
  }

  /** Describes the request. */
  static final class WhoAmI extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      write(response, describe(request));
    }
  }

  /** Describes the request from a container thread of an async request started with the wrapped request. */
  static final class AsyncWhoAmI extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      AsyncContext async = request.startAsync(request, response);
      async.start(() -> {
        try {
          write((HttpServletResponse) async.getResponse(),
              "async:" + describe((HttpServletRequest) async.getRequest()));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        } finally {
          async.complete();
        }
      });
    }
  }

  /** Starts async on the unwrapped request and dispatches to /app/whoami (an ASYNC dispatch). */
  static final class AsyncDispatch extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      request.startAsync().dispatch("/app/whoami");
    }
  }

  /**
   * Moves the verifier's clock ten minutes on (every token of the test is then expired) and forwards to
   * /api/whoami: the target still sees the session only if the filter did not verify again.
   */
  static final class ForwardAfterExpiry extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient MutableClock clock;

    ForwardAfterExpiry(MutableClock clock) {
      this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      clock.advance(Duration.ofMinutes(10));
      try {
        request.getRequestDispatcher("/api/whoami").forward(request, response);
      } finally {
        clock.advance(Duration.ofMinutes(-10));
      }
    }
  }

  /** Includes /app/whoami. */
  static final class Include extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      response.setContentType("text/plain");
      response.getWriter().write("include:");
      request.getRequestDispatcher("/app/whoami").include(request, response);
    }
  }

  /** On an attach-only path: needs a signed-in session, checked by the handler itself. */
  static final class HandlerRequiresSession extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Optional<Session> session = TollgateResponses.requireSession(request, response);
      if (session.isPresent()) {
        write(response, "hello " + session.get().userId());
      }
    }
  }

  /** Needs the organization role org:admin. */
  static final class AdminOnly extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (TollgateResponses.requireRole(request, response, "org:admin")) {
        write(response, "admin ok");
      }
    }
  }

  /** Asks the servlet API about role names no session has: blank, whitespace, unknown, and {@code **}. */
  static final class RoleProbe extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      write(response, "blank=" + request.isUserInRole("") + " space=" + request.isUserInRole(" ")
          + " unknown=" + request.isUserInRole("nope") + " any=" + request.isUserInRole("**"));
    }
  }

  /**
   * Asks {@code requireRole} and {@code requirePermission} for blank names, a programming error: reports whether
   * each threw before answering, on any request, signed in or not.
   */
  static final class BlankNameChecks extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      String role = outcome(() -> TollgateResponses.requireRole(request, response, " "), response);
      String permission = outcome(() -> TollgateResponses.requirePermission(request, response, ""), response);
      write(response, "role=" + role + " permission=" + permission);
    }

    private interface Check {
      boolean run() throws IOException;
    }

    private static String outcome(Check check, HttpServletResponse response) throws IOException {
      try {
        return "returned-" + check.run() + "-status-" + response.getStatus();
      } catch (IllegalArgumentException expected) {
        return "IllegalArgumentException-before-answering-" + !response.isCommitted();
      }
    }
  }

  /** Needs a second factor verified within 10 minutes (Clerk's strict preset). */
  static final class Reverify extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (TollgateResponses.requireReverification(request, response, Reverification.STRICT)) {
        write(response, "reverified");
      }
    }
  }
}
