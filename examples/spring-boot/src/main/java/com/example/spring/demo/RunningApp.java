package com.example.spring.demo;

import com.example.spring.ExampleApplication;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link ExampleApplication} started for the demo on {@code 127.0.0.1}, with {@code clerk.jwks-url} pointing at the
 * local issuer and quiet logs. Clerk's other key settings are cleared, so a {@code CLERK_JWT_KEY} or
 * {@code CLERK_PUBLISHABLE_KEY} in the environment does not take over; tokens must come from the issuer's default
 * front end, {@value LocalIssuer#DEFAULT_AUTHORIZED_PARTY}. {@link #close()} stops it. Thread-safe.
 */
final class RunningApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final URI baseUrl;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
    this.baseUrl = URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /**
   * Starts the application.
   *
   * @param jwksUrl the local issuer's JWKS URL
   * @param port the port, or 0 for a free one
   * @param properties more {@code name=value} properties, which win over the others
   * @return the running application
   * @throws RuntimeException as Spring Boot throws it when the application cannot start, for example a port in use
   */
  static RunningApp start(URI jwksUrl, int port, String... properties) {
    return start(List.of(ExampleApplication.class), jwksUrl, port, properties);
  }

  /**
   * Starts the application from other configuration classes, as {@link #start(URI, int, String...)} does.
   *
   * @param sources the configuration classes, for example {@link ExampleApplication} and a configuration of a test
   * @param jwksUrl the local issuer's JWKS URL
   * @param port the port, or 0 for a free one
   * @param properties more {@code name=value} properties, which win over the others
   * @return the running application
   * @throws RuntimeException as Spring Boot throws it when the application cannot start
   */
  static RunningApp start(List<Class<?>> sources, URI jwksUrl, int port, String... properties) {
    List<String> args = new ArrayList<>(List.of(
        "--clerk.jwks-url=" + Objects.requireNonNull(jwksUrl, "jwksUrl"),
        "--clerk.jwt-key=", "--clerk.secret-key=", "--clerk.publishable-key=",
        "--clerk.authorized-parties=" + LocalIssuer.DEFAULT_AUTHORIZED_PARTY,
        "--server.address=127.0.0.1", "--server.port=" + port,
        "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN"));
    for (String property : properties) {
      args.add("--" + property);
    }
    return new RunningApp(new SpringApplicationBuilder(sources.toArray(new Class<?>[0]))
        .run(args.toArray(new String[0])));
  }

  /** @return {@code http://127.0.0.1:<port>} */
  URI baseUrl() {
    return baseUrl;
  }

  /** Stops the application; idempotent. */
  @Override
  public void close() {
    context.close();
  }
}
