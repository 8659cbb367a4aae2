package dev.tollgate.servlet.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One web application for an embedded container: a context path, one filter mapped to {@code /*} for every
 * dispatcher type, and servlets; all async-supported. Containers in this package deploy it the same way.
 */
public final class WebContext {

  /** A servlet and its URL patterns. */
  public static final class ServletMapping {
    public final String name;
    public final HttpServlet servlet;
    public final List<String> patterns;

    ServletMapping(String name, HttpServlet servlet, List<String> patterns) {
      this.name = name;
      this.servlet = servlet;
      this.patterns = patterns;
    }
  }

  public final String path;
  public final Filter filter;
  public final Map<String, String> initParams = new LinkedHashMap<>();
  public final List<ServletMapping> servlets = new ArrayList<>();

  /** @param path {@code ""} for the root context, else {@code /name} */
  public WebContext(String path, Filter filter) {
    this.path = path;
    this.filter = filter;
  }

  public WebContext initParam(String name, String value) {
    initParams.put(name, value);
    return this;
  }

  public WebContext servlet(String name, HttpServlet servlet, String... patterns) {
    servlets.add(new ServletMapping(name, servlet, List.of(patterns)));
    return this;
  }
}
