package dev.tollgate.servlet;

import dev.tollgate.servlet.testing.EmbeddedContainer;
import dev.tollgate.servlet.testing.TomcatContainer;
import dev.tollgate.servlet.testing.WebContext;
import java.util.List;

/** Every container scenario in embedded Tomcat 11. */
class TollgateFilterTomcatTest extends TollgateFilterContainerScenarios {

  @Override
  EmbeddedContainer start(List<WebContext> contexts) throws Exception {
    return TomcatContainer.start(contexts);
  }
}
