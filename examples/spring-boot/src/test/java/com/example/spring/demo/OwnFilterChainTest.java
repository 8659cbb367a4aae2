package com.example.spring.demo;

import static dev.tollgate.examples.HttpChecks.get;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.spring.ExampleApplication;
import dev.tollgate.examples.Expectation;
import dev.tollgate.examples.HttpChecks;
import dev.tollgate.examples.issuer.LocalIssuer;
import dev.tollgate.spring.security.TollgateSecurityConfigurer;
import dev.tollgate.test.tokens.TokenSpec;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The example application with a security filter chain of its own, to which Tollgate is applied in one line. */
class OwnFilterChainTest {

  /** Not a {@code @Configuration}, so the other tests' component scan leaves it out; a source of this test only. */
  static class OwnChain {

    // README:start
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests
              .requestMatchers("/api/public/**").permitAll()
              .requestMatchers("/api/admin/**").hasAuthority("org:admin")
              .anyRequest().authenticated())
          .with(TollgateSecurityConfigurer.tollgate(), Customizer.withDefaults());
      return http.build();
    }
    // README:end
  }

  @Test
  void ownChainWhenDefinedThenTollgateAuthenticatesItAndTheStartersChainBacksOff() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpChecks checks = new HttpChecks(new PrintStream(out, true, StandardCharsets.UTF_8));
    try (LocalIssuer issuer = LocalIssuer.start(0, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
        RunningApp app = RunningApp.start(List.of(ExampleApplication.class, OwnChain.class), issuer.jwksUrl(), 0)) {
      URI base = app.baseUrl();
      TokenSpec inOrg = issuer.token().organization(LocalIssuer.DEFAULT_ORG_ID, LocalIssuer.DEFAULT_ORG_SLUG);
      String member = inOrg.orgRole("member").sign();
      String admin = inOrg.orgRole("admin").sign();

      checks.send("public in this chain", get(base, "/api/public/status", null, Map.of()), Expectation.status(200));
      checks.send("signed in", get(base, "/api/me", member, Map.of()), Expectation.status(200)
          .json("organization", LocalIssuer.DEFAULT_ORG_ID));
      checks.send("this chain's admin rule", get(base, "/api/admin/reports", member, Map.of()),
          Expectation.status(403).json("error", "insufficient_scope"));
      checks.send("this chain's admin rule, as admin", get(base, "/api/admin/reports", admin, Map.of()),
          Expectation.status(200));
      checks.send("no token", get(base, "/api/me", null, Map.of()),
          Expectation.status(401).json("reason", "session-token-missing"));
      checks.send("tollgate.public-paths belong to the starter's chain, which backed off",
          get(base, "/actuator/health", null, Map.of()), Expectation.status(401));
    }
    assertTrue(checks.summarize(), out.toString(StandardCharsets.UTF_8));
  }
}
