package dev.tollgate.benchmarks.gateway;

import java.net.URI;
import java.util.List;

/**
 * The leg of scenario 8 secured by Spring Security's reactive resource server ({@link ResourceServerGatewayApp}),
 * with {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at the loopback JWKS and no route filter.
 * Spring's reactive decoder fetches the key set on the first request (one of the probes, before anything is
 * measured) and has no cache of verified tokens: it checks the signature of every request.
 */
public class ResourceServerGatewayBenchmark extends GatewayBenchmark {

  @Override
  protected Class<?> application() {
    return ResourceServerGatewayApp.class;
  }

  @Override
  protected List<String> securityProperties(URI jwksUrl) {
    return List.of("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwksUrl);
  }
}
