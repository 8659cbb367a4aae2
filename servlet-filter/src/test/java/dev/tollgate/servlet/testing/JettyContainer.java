package dev.tollgate.servlet.testing;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/** Embedded Jetty 12 (ee10, Servlet 6.0) on 127.0.0.1 and a free port. */
public final class JettyContainer implements EmbeddedContainer {

  private final Server server;
  private final int port;

  private JettyContainer(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  public static JettyContainer start(List<WebContext> contexts) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandlerCollection handlers = new ContextHandlerCollection();
    for (WebContext context : contexts) {
      ServletContextHandler handler = new ServletContextHandler();
      handler.setContextPath(context.path.isEmpty() ? "/" : context.path);
      FilterHolder filter = new FilterHolder(context.filter);
      filter.setName("tollgate");
      filter.setAsyncSupported(true);
      filter.setInitParameters(context.initParams);
      handler.addFilter(filter, "/*", EnumSet.allOf(DispatcherType.class));
      for (WebContext.ServletMapping mapping : context.servlets) {
        ServletHolder holder = new ServletHolder(mapping.name, mapping.servlet);
        holder.setAsyncSupported(true);
        for (String pattern : mapping.patterns) {
          handler.addServlet(holder, pattern);
        }
      }
      handlers.addHandler(handler);
    }
    server.setHandler(handlers);
    server.start();
    return new JettyContainer(server, connector.getLocalPort());
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String name() {
    return "Jetty " + Server.getVersion();
  }

  @Override
  public void stop() throws Exception {
    server.stop();
  }
}
