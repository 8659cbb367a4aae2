package dev.tollgate.spring.gateway.testing;

import dev.tollgate.test.TestIssuer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the gateway tests whose keys come from a working issuer share: one {@link TestIssuer} and one
 * {@link Upstream} for the test JVM (each test class's application points at them; every test uses its own paths),
 * and requests to the application's port. Both live as long as the cached application contexts, until the JVM ends.
 */
public abstract class GatewayIntegrationTest {

  /** The issuer of the tokens; {@code clerk.jwks-url} is its JWK Set. */
  protected static final TestIssuer ISSUER = TestIssuer.start();

  /** The service behind every route ({@code test.upstream}). */
  protected static final Upstream UPSTREAM = Upstream.start();

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void issuerAndUpstream(DynamicPropertyRegistry registry) {
    registry.add("test.upstream", UPSTREAM::url);
    registry.add("clerk.jwks-url", () -> ISSUER.jwksUrl().toString());
  }

  /** @return a client of the application under test */
  protected Http http() {
    return new Http(port);
  }

  /**
   * @param headers the headers a request arrived with upstream, by lower-case name
   * @param others more identity header names, lower case, besides those starting with {@code x-clerk-}
   * @return the identity headers among them (any spelling, {@code _} read as {@code -})
   */
  protected static Map<String, List<String>> identity(Map<String, List<String>> headers, String... others) {
    Map<String, List<String>> identity = new TreeMap<>(headers);
    Set<String> named = Set.of(others);
    identity.keySet().removeIf(name -> {
      String normalized = name.replace('_', '-');
      return !normalized.startsWith("x-clerk-") && !named.contains(normalized);
    });
    return identity;
  }
}
