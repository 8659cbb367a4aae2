package dev.tollgate.benchmarks.spring;

import java.net.URI;
import java.util.List;

/**
 * The leg of scenario 7 secured by Spring Security's resource server ({@link ResourceServerApp}), with
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at the loopback JWKS. Spring's decoder fetches the
 * key set on the first request (one of the probes, before anything is measured) and has no cache of verified
 * tokens: it checks the signature of every request.
 */
public class ResourceServerBenchmark extends SpringAppBenchmark {

  @Override
  protected Class<?> application() {
    return ResourceServerApp.class;
  }

  @Override
  protected List<String> properties(URI jwksUrl) {
    return List.of("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwksUrl);
  }
}
