package dev.tollgate.examples.app;

import dev.tollgate.Session;
import dev.tollgate.examples.support.Json;
import dev.tollgate.servlet.TollgateResponses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * An endpoint that answers {@code {"ok":true,…}} only when its {@link Guard} lets the request through; the
 * guard sends the refusal otherwise (403 {@code insufficient_scope}, or Clerk's reverification 403, through
 * {@link dev.tollgate.servlet.TollgateResponses}). Thread-safe.
 */
final class GuardedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Decides whether a request may proceed, and sends the refusal when not. */
  @FunctionalInterface
  interface Guard {
    /**
     * @param request the request
     * @param response the response, for the refusal
     * @return {@code true} to proceed; {@code false} when a refusal has been sent
     * @throws IOException if writing the refusal fails
     */
    boolean allows(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  private final transient Guard guard;
  private final String granted;

  /**
   * @param guard the check
   * @param granted what passing the check means, shown in the answer, for example {@code "role org:admin"}
   */
  GuardedServlet(Guard guard, String granted) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.granted = Objects.requireNonNull(granted, "granted");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Session> session = TollgateResponses.requireSession(request, response);
    if (session.isEmpty() || !guard.allows(request, response)) {
      return;
    }
    MeServlet.write(response, 200, Json.write(json -> {
      json.writeStartObject();
      json.writeBooleanField("ok", true);
      json.writeStringField("path", request.getRequestURI());
      json.writeStringField("userId", session.get().userId());
      json.writeStringField("granted", granted);
      json.writeEndObject();
    }));
  }
}
