package dev.tollgate.examples;

import dev.tollgate.KeysUnavailableException;
import dev.tollgate.SessionVerifier;
import dev.tollgate.examples.app.WebApp;
import dev.tollgate.examples.gateway.Gateway;
import dev.tollgate.examples.issuer.LocalIssuer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The running demo: optionally the local issuer, the web app and the gateway (whose upstream is the web app),
 * each with its own verifier, as two separate services would have. {@link #close()} stops everything in
 * reverse order. Thread-safe.
 */
final class DemoStack implements AutoCloseable {

  /** How long start-up waits for the first key set: 5 seconds. */
  static final Duration WARM_UP = Duration.ofSeconds(5);

  private final Deque<AutoCloseable> resources;
  private final @Nullable LocalIssuer issuer;
  private final WebApp app;
  private final Gateway gateway;

  private DemoStack(Deque<AutoCloseable> resources, @Nullable LocalIssuer issuer, WebApp app, Gateway gateway) {
    this.resources = resources;
    this.issuer = issuer;
    this.app = app;
    this.gateway = gateway;
  }

  /**
   * Starts the offline demo: local issuer, then web app and gateway verifying against its JWKS.
   *
   * @param ports the three ports (0 for free ones)
   * @param log where the issuer's banner goes
   * @return the running stack
   * @throws IOException if a port is taken or a server does not start
   * @throws KeysUnavailableException if the verifiers cannot load the issuer's keys
   */
  static DemoStack startLocal(DemoOptions.Ports ports, PrintStream log) throws IOException, KeysUnavailableException {
    return startLocal(ports, log, DemoStack::localVerifier);
  }

  /**
   * As {@link #startLocal(DemoOptions.Ports, PrintStream)}, with the verifiers built by {@code verifiers}
   * (JWKS URL, issuer URL), so a test can run the self-check against a misconfigured stack.
   */
  static DemoStack startLocal(DemoOptions.Ports ports, PrintStream log, BiFunction<URI, URI, SessionVerifier> verifiers)
      throws IOException, KeysUnavailableException {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      LocalIssuer issuer = push(started, LocalIssuer.start(ports.issuer(), Clock.systemUTC(), log));
      SessionVerifier appVerifier = push(started, verifiers.apply(issuer.jwksUrl(), issuer.baseUrl()));
      SessionVerifier gatewayVerifier = push(started, verifiers.apply(issuer.jwksUrl(), issuer.baseUrl()));
      appVerifier.warmUp(WARM_UP);
      gatewayVerifier.warmUp(WARM_UP);
      return finish(started, issuer, appVerifier, gatewayVerifier, ports);
    } catch (IOException | KeysUnavailableException | RuntimeException failed) {
      closeAll(started);
      throw failed;
    }
  }

  /**
   * Starts the web app and gateway with verifiers built elsewhere (a real Clerk instance); no local issuer.
   *
   * @param appVerifier the web app's verifier; closed with the stack
   * @param gatewayVerifier the gateway's verifier; closed with the stack
   * @param ports the ports of the web app and gateway
   * @return the running stack
   * @throws IOException if a port is taken or a server does not start
   */
  static DemoStack startWith(SessionVerifier appVerifier, SessionVerifier gatewayVerifier, DemoOptions.Ports ports)
      throws IOException {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    started.push(appVerifier);
    started.push(gatewayVerifier);
    try {
      return finish(started, null, appVerifier, gatewayVerifier, ports);
    } catch (IOException | RuntimeException failed) {
      closeAll(started);
      throw failed;
    }
  }

  private static DemoStack finish(Deque<AutoCloseable> started, @Nullable LocalIssuer issuer,
      SessionVerifier appVerifier, SessionVerifier gatewayVerifier, DemoOptions.Ports ports) throws IOException {
    WebApp app = push(started, WebApp.start(ports.app(), appVerifier));
    Gateway gateway = push(started, Gateway.start(ports.gateway(), gatewayVerifier, app.baseUrl()));
    return new DemoStack(started, issuer, app, gateway);
  }

  /**
   * A verifier for the local issuer: its JWKS, its issuer URL pinned, the default front-end origin as the only
   * authorized party, and a 2-second key fetch timeout.
   *
   * @param jwksUrl the issuer's JWKS URL
   * @param issuer the issuer URL tokens must carry in {@code iss}
   * @return the verifier (keys not loaded yet)
   */
  static SessionVerifier localVerifier(URI jwksUrl, URI issuer) {
    return SessionVerifier.builder()
        .jwksUrl(jwksUrl)
        .issuer(issuer.toString())
        .authorizedParties(LocalIssuer.DEFAULT_AUTHORIZED_PARTY)
        .keyFetchTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** @return the local issuer; empty when verifying against a real Clerk instance */
  Optional<LocalIssuer> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** @return the web app */
  WebApp app() {
    return app;
  }

  /** @return the gateway */
  Gateway gateway() {
    return gateway;
  }

  /**
   * @param target a scenario target
   * @return the base URL of that server
   */
  URI baseUrl(Scenario.Target target) {
    return target == Scenario.Target.APP ? app.baseUrl() : gateway.baseUrl();
  }

  /** Stops the gateway, the web app, the verifiers and the issuer; idempotent. */
  @Override
  public void close() {
    closeAll(resources);
  }

  private static <T extends AutoCloseable> T push(Deque<AutoCloseable> started, T resource) {
    started.push(Objects.requireNonNull(resource, "resource"));
    return resource;
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    synchronized (resources) {
      while (!resources.isEmpty()) {
        try {
          resources.pop().close();
        } catch (Exception ignored) {
          // Keep closing the rest.
        }
      }
    }
  }
}
