package dev.tollgate.servlet;

import dev.tollgate.web.RequestCredentials;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** A servlet request's header fields as {@link RequestCredentials}. Reads the live request; not thread-safe. */
final class ServletRequestCredentials implements RequestCredentials {

  private final HttpServletRequest request;

  ServletRequestCredentials(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public List<String> headers(String name) {
    Enumeration<String> values = request.getHeaders(name);
    return values == null ? List.of() : Collections.list(values);
  }
}
