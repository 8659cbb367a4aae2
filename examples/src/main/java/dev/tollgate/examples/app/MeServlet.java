package dev.tollgate.examples.app;

import dev.tollgate.Session;
import dev.tollgate.examples.gateway.IdentityHeaders;
import dev.tollgate.examples.support.Responses;
import dev.tollgate.servlet.TollgateResponses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/me}: the verified session as JSON ({@link SessionJson}). The filter refuses requests that are
 * not signed in before they get here; should it not have run, this servlet refuses them the same way.
 * Thread-safe.
 */
final class MeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Session> session = TollgateResponses.requireSession(request, response);
    if (session.isEmpty()) {
      return;
    }
    Map<String, String> received = new LinkedHashMap<>();
    for (String name : IdentityHeaders.NAMES) {
      String value = request.getHeader(name);
      if (value != null) {
        received.put(name, value);
      }
    }
    write(response, 200, SessionJson.write(session.get(), received));
  }

  /**
   * Writes a JSON answer.
   *
   * @param response the response
   * @param status the status
   * @param json the body
   * @throws IOException if writing fails
   */
  static void write(HttpServletResponse response, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(Responses.JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
