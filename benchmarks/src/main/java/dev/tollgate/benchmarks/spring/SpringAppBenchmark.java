package dev.tollgate.benchmarks.spring;

import dev.tollgate.benchmarks.BenchmarkFixture;
import dev.tollgate.benchmarks.LoopbackJwksServer;
import dev.tollgate.benchmarks.endpoint.KeepAliveClient;
import dev.tollgate.benchmarks.endpoint.KeepAliveLoad;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 7: a Spring Boot application on embedded Tomcat, its one endpoint {@link MeController#PATH}, under the
 * keep-alive load of {@link KeepAliveLoad}. Each leg is the same application with another security library in
 * front of it; both fetch the signing key from the same JWKS, served on loopback by {@link LoopbackJwksServer},
 * and verify the same tokens.
 *
 * <p>Each trial starts its own JWKS server and its own application context, with its settings as command-line
 * properties (which outrank any environment variable): an ephemeral loopback port, keep-alive connections never
 * closed by the server (Tomcat closes one after 100 requests by default, which the load's client does not
 * reopen), no banner, warnings only, and a reactive application's Reactor Netty resources released at once when the
 * trial ends (Reactor Netty waits 2 seconds for more work by default; nothing is in flight then). Before anything is
 * measured, a token with a flipped signature bit must be refused with 401, so the security library is known to be in
 * the path.
 */
public abstract class SpringAppBenchmark extends KeepAliveLoad {

  private static final List<String> COMMON_PROPERTIES = List.of(
      "--server.address=127.0.0.1",
      "--server.port=0",
      "--server.tomcat.max-keep-alive-requests=-1",
      "--spring.main.banner-mode=off",
      "--logging.level.root=warn",
      "--spring.reactor.netty.shutdown-quiet-period=0s");

  private @Nullable LoopbackJwksServer jwks;
  private @Nullable ConfigurableApplicationContext app;
  private int port;

  /** @return the application's {@code @SpringBootConfiguration} */
  protected abstract Class<?> application();

  /**
   * Spring Cloud Gateway, on the class path for scenario 8, refuses to start next to Spring MVC; a servlet
   * application switches it off.
   */
  private static final String NO_GATEWAY = "--spring.cloud.gateway.server.webflux.enabled=false";

  /** @return the kind of web application: {@link WebApplicationType#SERVLET} unless a leg says otherwise */
  protected WebApplicationType webApplicationType() {
    return WebApplicationType.SERVLET;
  }

  /**
   * Starts what the application talks to besides the key set, before the application; nothing by default.
   *
   * @throws IOException if it cannot start
   */
  protected void startPeers() throws IOException {
    // The Spring Boot app of scenario 7 answers by itself.
  }

  /** Stops what {@link #startPeers()} started, after the application; nothing by default. */
  protected void stopPeers() {
    // Nothing started.
  }

  /**
   * @param jwksUrl where the application fetches the signing key
   * @return the leg's own properties, as {@code --name=value}
   */
  protected abstract List<String> properties(URI jwksUrl);

  /** Starts the JWKS server and the application, and probes it (see the class). */
  @Setup
  public void startServer() throws Exception {
    BenchmarkFixture fixture = BenchmarkFixture.shared();
    try {
      LoopbackJwksServer keys = LoopbackJwksServer.start(fixture.jwks());
      jwks = keys;
      startPeers();
      ConfigurableApplicationContext context = start(application(), webApplicationType(), properties(keys.jwksUrl()));
      app = context;
      port = localPort(context);
      probe(fixture);
    } catch (Exception | Error failed) {
      stopServer();
      throw failed;
    }
  }

  /**
   * Starts an application on an ephemeral loopback port with the common settings of the class documentation.
   *
   * @param application its {@code @SpringBootConfiguration}
   * @param type servlet or reactive
   * @param properties its own properties, as {@code --name=value}, which win over the common ones
   * @return the running application
   */
  public static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type,
      List<String> properties) {
    List<String> arguments = new ArrayList<>(COMMON_PROPERTIES);
    if (type == WebApplicationType.SERVLET) {
      arguments.add(NO_GATEWAY);
    }
    arguments.addAll(properties);
    return new SpringApplicationBuilder(application).web(type).run(arguments.toArray(new String[0]));
  }

  /**
   * @param context a running web application
   * @return its port
   */
  public static int localPort(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Override
  protected void checkInstalled(KeepAliveClient probe, BenchmarkFixture fixture) throws IOException {
    requireRefusesTamperedToken(probe, fixture, "security");
  }

  /** Closes every connection, the application and the JWKS server. */
  @TearDown
  public void stopServer() throws IOException {
    closeConnections();
    if (app != null) {
      app.close();
      app = null;
    }
    stopPeers();
    if (jwks != null) {
      jwks.close();
      jwks = null;
    }
  }

  /** @return the application's port, once started */
  @Override
  protected int port() {
    return port;
  }

  @Override
  protected String path() {
    return MeController.PATH;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
