package com.example.gateway.demo;

import com.example.gateway.GatewayApplication;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link GatewayApplication} started for the demo on {@code 127.0.0.1}, with {@code clerk.jwks-url} pointing at the
 * local issuer, {@code upstream.url} at the demo's upstream, and quiet logs. Clerk's other key settings are cleared,
 * so a {@code CLERK_JWT_KEY} or {@code CLERK_PUBLISHABLE_KEY} in the environment does not take over; tokens must come
 * from the issuer's default front end, {@value LocalIssuer#DEFAULT_AUTHORIZED_PARTY}. {@link #close()} stops it.
 * Thread-safe.
 */
final class RunningGateway implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final URI baseUrl;

  private RunningGateway(ConfigurableApplicationContext context) {
    this.context = context;
    this.baseUrl = URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /**
   * Starts the gateway.
   *
   * @param jwksUrl the local issuer's JWKS URL
   * @param upstream where the routes lead
   * @param port the port, or 0 for a free one
   * @param properties more {@code name=value} properties, which win over the others
   * @return the running gateway
   * @throws RuntimeException as Spring Boot throws it when the gateway cannot start, for example a port in use
   */
  static RunningGateway start(URI jwksUrl, URI upstream, int port, String... properties) {
    List<String> args = new ArrayList<>(List.of(
        "--clerk.jwks-url=" + Objects.requireNonNull(jwksUrl, "jwksUrl"),
        "--clerk.jwt-key=", "--clerk.secret-key=", "--clerk.publishable-key=",
        "--clerk.authorized-parties=" + LocalIssuer.DEFAULT_AUTHORIZED_PARTY,
        "--upstream.url=" + Objects.requireNonNull(upstream, "upstream"),
        "--server.address=127.0.0.1", "--server.port=" + port,
        "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN"));
    for (String property : properties) {
      args.add("--" + property);
    }
    return new RunningGateway(new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(new String[0])));
  }

  /** @return {@code http://127.0.0.1:<port>} */
  URI baseUrl() {
    return baseUrl;
  }

  /** Stops the gateway; idempotent. */
  @Override
  public void close() {
    context.close();
  }
}
