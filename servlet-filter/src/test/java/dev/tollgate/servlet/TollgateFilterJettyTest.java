package dev.tollgate.servlet;

import dev.tollgate.servlet.testing.EmbeddedContainer;
import dev.tollgate.servlet.testing.JettyContainer;
import dev.tollgate.servlet.testing.WebContext;
import java.util.List;

/** Every container scenario in embedded Jetty 12 (ee10). */
class TollgateFilterJettyTest extends TollgateFilterContainerScenarios {

  @Override
  EmbeddedContainer start(List<WebContext> contexts) throws Exception {
    return JettyContainer.start(contexts);
  }
}
