package dev.tollgate.spring.testing;

import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.RequestAuthenticator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the shared servlet and reactive scenario applications have in common: the networkless PEM key of
 * {@link TestKeys#PRIMARY}, the test publishable key (issuer pin, suffixed cookie), the running port and the
 * application's request authenticator. Each subclass names its application.
 */
public abstract class RunningScenario {

  @LocalServerPort
  protected int port;

  @Autowired
  private RequestAuthenticator authenticator;

  @DynamicPropertySource
  static void clerk(DynamicPropertyRegistry registry) {
    registry.add("clerk.jwt-key", TestKeys::primaryPem);
    registry.add("clerk.publishable-key", () -> TestTokens.PUBLISHABLE_KEY);
  }

  /** @return a client of the running application */
  public Http http() {
    return new Http(port);
  }

  /** @return the application's request authenticator */
  public RequestAuthenticator authenticator() {
    return authenticator;
  }
}
