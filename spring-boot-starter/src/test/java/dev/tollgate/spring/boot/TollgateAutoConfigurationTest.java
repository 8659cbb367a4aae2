package dev.tollgate.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tollgate.Session;
import dev.tollgate.SessionVerifier;
import dev.tollgate.observability.KeySourceState;
import dev.tollgate.spring.security.ClerkMethodSecurity;
import dev.tollgate.spring.security.ClerkSessionAuthentication;
import dev.tollgate.spring.security.SessionAuthoritiesMapper;
import dev.tollgate.testing.JwksServer;
import dev.tollgate.testing.TestJwks;
import dev.tollgate.testing.TestKeys;
import dev.tollgate.testing.TestTokens;
import dev.tollgate.web.AuthResult;
import dev.tollgate.web.AuthStatus;
import dev.tollgate.web.RequestAuthenticator;
import dev.tollgate.web.RequestCredentials;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The auto-configuration without a web server: which beans it creates, that an application's bean of the same type
 * (or name) replaces each, how properties bind, and that invalid settings fail startup naming the property and never
 * echoing its value.
 */
class TollgateAutoConfigurationTest {

  private static final JwksServer JWKS = new JwksServer();

  private static final SessionVerifierCustomizer CLOCK =
      builder -> builder.clock(Clock.fixed(TestTokens.NOW, ZoneOffset.UTC));

  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class))
      .withBean(SessionVerifierCustomizer.class, () -> CLOCK);

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class, SecurityAutoConfiguration.class,
          ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class))
      .withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"));

  @AfterAll
  static void stopJwks() {
    JWKS.close();
  }

  @Test
  void autoConfigurationWhenNoApplicationBeansThenEveryBeanAndNoGeneratedUser() {
    web.run(context -> {
      assertNull(context.getStartupFailure());
      assertEquals(List.of("tollgateSecurityFilterChain"),
          List.of(context.getBeanNamesForType(SecurityFilterChain.class)),
          "security filter chains");
      assertEquals(List.of(ClerkMethodSecurity.BEAN_NAME),
          List.of(context.getBeanNamesForType(ClerkMethodSecurity.class)), "expression bean");
      assertSame(SessionAuthoritiesMapper.standard(), context.getBean(SessionAuthoritiesMapper.class), "mapper");
      assertEquals(0, context.getBeanNamesForType(UserDetailsService.class).length,
          "Spring Boot's generated user backs off");
      assertNotNull(context.getBean(RequestAuthenticator.class), "authenticator");
    });
  }

  @Test
  void verifierWhenApplicationDefinesOneThenItIsUsedAndNotBuiltFromProperties() {
    SessionVerifier mine = SessionVerifier.builder().jwtKey(TestKeys.secondaryPem()).build();
    plain.withBean(SessionVerifier.class, () -> mine).run(context -> {
      assertSame(mine, context.getBean(SessionVerifier.class), "verifier");
      assertEquals(1, context.getBeanNamesForType(SessionVerifier.class).length, "one verifier");
    });
  }

  @Test
  void authenticatorWhenApplicationDefinesOneThenItIsUsed() {
    RequestAuthenticator mine =
        RequestAuthenticator.of(SessionVerifier.builder().jwtKey(TestKeys.primaryPem()).build());
    plain.withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"))
        .withBean(RequestAuthenticator.class, () -> mine)
        .run(context -> assertSame(mine, context.getBean(RequestAuthenticator.class), "authenticator"));
  }

  @Test
  void mapperWhenApplicationDefinesOneThenItIsUsed() {
    SessionAuthoritiesMapper mine = session -> List.of();
    web.withBean(SessionAuthoritiesMapper.class, () -> mine)
        .run(context -> assertSame(mine, context.getBean(SessionAuthoritiesMapper.class), "mapper"));
  }

  @Test
  void securityFilterChainWhenApplicationDefinesOneThenNoDefaultChain() {
    web.withUserConfiguration(AppChain.class)
        .run(context -> assertEquals(List.of("appChain"),
            List.of(context.getBeanNamesForType(SecurityFilterChain.class)), "security filter chains"));
  }

  @Test
  void clerkExpressionBeanWhenApplicationDefinesOneByNameThenItIsUsed() {
    ClerkMethodSecurity mine = new ClerkMethodSecurity();
    web.withBean(ClerkMethodSecurity.BEAN_NAME, ClerkMethodSecurity.class, () -> mine)
        .run(context -> assertSame(mine, context.getBean(ClerkMethodSecurity.BEAN_NAME), "expression bean"));
  }

  @Test
  void clerkExpressionBeanWhenApplicationHasItsOwnContextStrategyThenReadsTheAuthenticationThere() {
    web.withBean(SessionVerifierCustomizer.class, () -> CLOCK)
        .withBean(SecurityContextHolderStrategy.class, () -> new SecurityContextHolderStrategy() {
      private final SecurityContext admin = new SecurityContextImpl();

      @Override
      public void clearContext() {}

      @Override
      public SecurityContext getContext() {
        return admin;
      }

      @Override
      public void setContext(SecurityContext context) {}

      @Override
      public SecurityContext createEmptyContext() {
        return new SecurityContextImpl();
      }
    }).run(context -> {
      SessionVerifier verifier = context.getBean(SessionVerifier.class);
      Session session = verifier.verify(TestTokens.token().orgRole("org:admin").build());
      context.getBean(SecurityContextHolderStrategy.class).getContext()
          .setAuthentication(new ClerkSessionAuthentication(session, List.of()));

      assertTrue(context.getBean(ClerkMethodSecurity.BEAN_NAME, ClerkMethodSecurity.class).has("org:admin"),
          "@clerk.has read the application's strategy (the static holder is empty)");
    });
  }

  @Test
  void verifierWhenContextClosesThenClosed() {
    JWKS.serve(TestJwks.primary());
    SessionVerifier[] verifier = new SessionVerifier[1];
    plain.withPropertyValues("clerk.jwks-url=" + JWKS.url(), "tollgate.keys.wait-at-startup=true").run(context -> {
      verifier[0] = context.getBean(SessionVerifier.class);
      assertEquals(KeySourceState.HEALTHY, verifier[0].health().state(), "keys loaded before startup ended");
    });
    assertEquals(KeySourceState.UNAVAILABLE, verifier[0].health().state(), "after the context closed");
  }

  @Test
  void startupWhenKeyEndpointDownThenStartsUnlessWaitAtStartup() {
    JWKS.serve(503, "down");
    plain.withPropertyValues("clerk.jwks-url=" + JWKS.url())
        .run(context -> assertNull(context.getStartupFailure()));
    plain.withPropertyValues("clerk.jwks-url=" + JWKS.url(), "tollgate.keys.wait-at-startup=true")
        .run(context -> assertTrue(messages(context).contains("property tollgate.keys.wait-at-startup is true"),
            () -> messages(context)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "clerk.jwt-key=MIIBsecretSECRETVALUE | property clerk.jwt-key is invalid",
      "clerk.secret-key=pk_test_SECRETVALUE | property clerk.secret-key is invalid",
      "clerk.jwks-url=ftp://SECRETVALUE.example.com/jwks | property clerk.jwks-url is invalid",
      "clerk.publishable-key=pk_test_SECRETVALUE | property clerk.publishable-key is invalid",
      "tollgate.clock-skew=2m | property tollgate.clock-skew is invalid",
      "tollgate.verified-token-cache-size=-1 | property tollgate.verified-token-cache-size is invalid",
      "tollgate.stale-keys-max-age=30d | property tollgate.stale-keys-max-age is invalid",
      "tollgate.key-fetch-timeout=0s | property tollgate.key-fetch-timeout is invalid",
      "clerk.api-url= | no key source: set clerk.jwt-key (CLERK_JWT_KEY)"})
  void startupWhenSettingInvalidThenFailsNamingThePropertyNotItsValue(String setting, String expected) {
    List<String> settings = new ArrayList<>(List.of(setting));
    if (setting.startsWith("tollgate.")) {
      settings.add("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"));
    }
    plain.withPropertyValues(settings.toArray(new String[0])).run(context -> {
      String messages = messages(context);
      assertTrue(messages.contains(expected), () -> "expected '" + expected + "' in: " + messages);
      assertFalse(messages.contains("SECRETVALUE"), () -> "the value is echoed: " + messages);
    });
  }

  @Test
  void startupWhenRealmInvalidThenFailsNamingTheProperty() {
    web.withPropertyValues("tollgate.realm=bad\"realm").run(context ->
        assertTrue(messages(context).contains("property tollgate.realm is invalid"), () -> messages(context)));
  }

  @Test
  void bindingWhenClerkEnvironmentVariablesThenRelaxedBindingReadsThem() {
    String token = TestTokens.token().build();
    plain.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
        new SystemEnvironmentPropertySource("test-environment", Map.of("CLERK_JWT_KEY", TestKeys.primaryPem(),
            "CLERK_AUTHORIZED_PARTIES", "https://other.example.com," + TestTokens.PARTY)))).run(context -> {
              AuthResult result = context.getBean(RequestAuthenticator.class)
                  .authenticate(RequestCredentials.of(Map.of("Authorization", List.of("Bearer " + token))));
              assertEquals(AuthStatus.SIGNED_IN, result.status(), result::toString);
              assertEquals(List.of("https://other.example.com", TestTokens.PARTY),
                  context.getBean(ClerkProperties.class).getAuthorizedParties(), "authorized parties");
            });
  }

  @Test
  void acceptPendingWhenTrueThenPendingSessionSignedIn() {
    String pending = TestTokens.token().claim("sts", "pending").build();
    plain.withPropertyValues("clerk.jwt-key=" + TestKeys.primaryPem().replace("\n", "\\n"),
        "tollgate.accept-pending=true").run(context -> {
          AuthResult result = context.getBean(RequestAuthenticator.class)
              .authenticate(RequestCredentials.of(Map.of("Authorization", List.of("Bearer " + pending))));
          assertEquals(AuthStatus.SIGNED_IN, result.status(), result::toString);
        });
  }

  private static void assertNull(Throwable failure) {
    if (failure != null) {
      throw new AssertionError("the context failed to start", failure);
    }
  }

  private static String messages(ApplicationContextAssertProvider<?> context) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** An application's own chain. */
  static class AppChain {
    @org.springframework.context.annotation.Bean
    SecurityFilterChain appChain(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }
  }
}
