package dev.tollgate.benchmarks.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application secured by Tollgate's starter: no security code of its own, so the starter's default chain
 * (every request signed in) applies. Spring's resource server auto-configuration, on the same class path, is
 * excluded.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = OAuth2ResourceServerAutoConfiguration.class)
@Import(MeController.class)
public class TollgateStarterApp {

  /** Created by Spring. */
  public TollgateStarterApp() {}
}
