package dev.tollgate.servlet;

import dev.tollgate.web.RequestCredentials;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/** A servlet request's header fields as {@link RequestCredentials}. Reads the live request; not thread-safe. */
final class ServletRequestCredentials implements RequestCredentials {

  private final HttpServletRequest request;

  ServletRequestCredentials(HttpServletRequest request) {
    this.request = request;
  }

  /** Nearly every request has at most one field of a name, so that case builds no {@code ArrayList}. */
  @Override
  public List<String> headers(String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return List.of();
    }
    String first = values.nextElement();
    if (!values.hasMoreElements()) {
      return List.of(first);
    }
    List<String> all = new ArrayList<>();
    all.add(first);
    while (values.hasMoreElements()) {
      all.add(values.nextElement());
    }
    return all;
  }
}
