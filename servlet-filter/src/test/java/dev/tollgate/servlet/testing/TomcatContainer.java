package dev.tollgate.servlet.testing;

import jakarta.servlet.DispatcherType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** Embedded Tomcat 11 (Servlet 6.1) on 127.0.0.1 and a free port. */
public final class TomcatContainer implements EmbeddedContainer {

  private final Tomcat tomcat;
  private final Path baseDir;

  private TomcatContainer(Tomcat tomcat, Path baseDir) {
    this.tomcat = tomcat;
    this.baseDir = baseDir;
  }

  @SuppressWarnings("deprecation") // addServletMappingDecoded: Tomcat 11's embedded API has no replacement yet
  public static TomcatContainer start(List<WebContext> contexts) throws Exception {
    Path baseDir = Files.createTempDirectory("tollgate-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    for (WebContext web : contexts) {
      File docBase = Files.createDirectories(baseDir.resolve("docs" + web.path.replace('/', '_'))).toFile();
      Context context = tomcat.addContext(web.path, docBase.getAbsolutePath());
      FilterDef filter = new FilterDef();
      filter.setFilterName("tollgate");
      filter.setFilter(web.filter);
      filter.setAsyncSupported("true");
      web.initParams.forEach(filter::addInitParameter);
      context.addFilterDef(filter);
      FilterMap map = new FilterMap();
      map.setFilterName("tollgate");
      map.addURLPattern("/*");
      for (DispatcherType type : DispatcherType.values()) {
        map.setDispatcher(type.name());
      }
      context.addFilterMap(map);
      for (WebContext.ServletMapping mapping : web.servlets) {
        Wrapper wrapper = Tomcat.addServlet(context, mapping.name, mapping.servlet);
        wrapper.setAsyncSupported(true);
        for (String pattern : mapping.patterns) {
          context.addServletMappingDecoded(pattern, mapping.name);
        }
      }
    }
    tomcat.start();
    return new TomcatContainer(tomcat, baseDir);
  }

  @Override
  public int port() {
    return tomcat.getConnector().getLocalPort();
  }

  @Override
  public String name() {
    return ServerInfo.getServerInfo();
  }

  @Override
  public void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    try (var files = Files.walk(baseDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
