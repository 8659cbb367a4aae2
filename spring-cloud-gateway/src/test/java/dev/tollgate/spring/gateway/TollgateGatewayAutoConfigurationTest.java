package dev.tollgate.spring.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tollgate.spring.boot.TollgateAutoConfiguration;
import dev.tollgate.spring.gateway.testing.GatewayTestApp;
import dev.tollgate.test.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's beans, and startup failures that name the property or the route's filter argument and never echo
 * the value.
 */
class TollgateGatewayAutoConfigurationTest {

  private static final TestIssuer ISSUER = TestIssuer.start();
  private static final String ROUTE = "spring.cloud.gateway.server.webflux.routes[0].";

  private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class, TollgateGatewayAutoConfiguration.class))
      .withUserConfiguration(RouteProperties.class)
      .withPropertyValues("clerk.jwt-key=" + ISSUER.publicKeyPem().replace("\n", "\\n"));

  @AfterAll
  static void stop() {
    ISSUER.close();
  }

  @Test
  void autoConfigurationWhenDefaultsThenFilterFactoryAndGlobalFilter() {
    runner.run(context -> {
      assertNull(context.getStartupFailure(), "startup failure");
      assertEquals(TollgateGatewayFilterFactory.NAME, context.getBean(TollgateGatewayFilterFactory.class).name(),
          "filter name");
      assertEquals(TollgateGlobalFilter.ORDER, context.getBean(TollgateGlobalFilter.class).getOrder(), "order");
    });
  }

  @Test
  void autoConfigurationWhenNotAReactiveWebApplicationThenBacksOff() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TollgateAutoConfiguration.class,
            TollgateGatewayAutoConfiguration.class))
        .withPropertyValues("clerk.jwt-key=" + ISSUER.publicKeyPem().replace("\n", "\\n"))
        .run(context -> assertEquals(0, context.getBeansOfType(TollgateGlobalFilter.class).size(), "global filters"));
  }

  @Test
  void propertiesWhenHeaderNameNotAToken() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.headers.org-role is invalid: must be an"
        + " HTTP header name (RFC 9110 token characters)", "tollgate.gateway.headers.org-role=X Role: secret");
  }

  @Test
  void propertiesWhenTwoHeadersShareANameThenTheSecondIsNamed() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.headers.actor is invalid: names the same"
        + " header as another identity header", "tollgate.gateway.headers.actor=x_clerk_user_id");
  }

  @Test
  void propertiesWhenPrefixWouldRemoveTheCredentials() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.headers.prefix is invalid: would remove"
        + " the Authorization or Cookie header", "tollgate.gateway.headers.prefix=Auth");
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.headers.claims is invalid: would remove"
        + " the Authorization or Cookie header", "tollgate.gateway.headers.claims=cookie");
  }

  @Test
  void propertiesWhenPublicPathsWithoutGlobal() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.public-paths is invalid: public paths"
        + " exempt from the global filter only, and tollgate.gateway.global is false",
        "tollgate.gateway.public-paths=/public/**");
  }

  @Test
  void propertiesWhenPublicPathNotAPatternThenItsIndexIsNamed() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.gateway.public-paths[1] is invalid: not a path"
        + " pattern", "tollgate.gateway.global=true", "tollgate.gateway.public-paths=/ok/**,/{secret");
  }

  @Test
  void propertiesWhenRealmInvalid() {
    assertStartupFails("Tollgate is misconfigured: property tollgate.realm is invalid: realm must be 1 to 100"
        + " printable ASCII characters without '\"' and '\\'", "tollgate.realm=a\"b");
  }

  @Test
  void routeWhenUnknownArgumentThenStartupFailsNamingRouteAndArgument() {
    assertStartupFails("Tollgate is misconfigured: the Tollgate filter of route admin has unknown argument role; it"
        + " takes roles, permissions", ROUTE + "id=admin", ROUTE + "uri=http://127.0.0.1:1",
        ROUTE + "predicates[0]=Path=/admin/**", ROUTE + "filters[0].name=Tollgate",
        ROUTE + "filters[0].args.role=org:admin");
  }

  @Test
  void routeWhenShortcutArgumentThenStartupFails() {
    assertStartupFails("Tollgate is misconfigured: the Tollgate filter of route admin takes its arguments by name"
        + " (roles, permissions), not as a shortcut (name=value)", ROUTE + "id=admin",
        ROUTE + "uri=http://127.0.0.1:1", ROUTE + "predicates[0]=Path=/admin/**",
        ROUTE + "filters[0]=Tollgate=org:admin");
  }

  @Test
  void routeWhenEmptyEntryThenStartupFailsNamingTheArgument() {
    assertStartupFails("Tollgate is misconfigured: route admin: argument permissions of the Tollgate filter must be a"
        + " comma-separated list of names without empty entries", ROUTE + "id=admin",
        ROUTE + "uri=http://127.0.0.1:1", ROUTE + "predicates[0]=Path=/admin/**",
        ROUTE + "filters[0].name=Tollgate", ROUTE + "filters[0].args.permissions=org:a:read,,org:b:read");
  }

  @Test
  void defaultFiltersWhenUnknownArgumentThenStartupFails() {
    assertStartupFails("Tollgate is misconfigured: the Tollgate filter of the default filters has unknown argument"
        + " scope; it takes roles, permissions",
        "spring.cloud.gateway.server.webflux.default-filters[0].name=Tollgate",
        "spring.cloud.gateway.server.webflux.default-filters[0].args.scope=x");
  }

  @Test
  void gatewayWhenStartedWithAnUnknownRouteArgumentThenFailsBeforeServing() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(GatewayTestApp.class).properties(
        "server.port=0", "test.upstream=http://127.0.0.1:1", "clerk.jwks-url=" + ISSUER.jwksUrl(),
        ROUTE + "id=admin", ROUTE + "uri=http://127.0.0.1:1", ROUTE + "predicates[0]=Path=/admin/**",
        ROUTE + "filters[0].name=Tollgate", ROUTE + "filters[0].args.permission=org:invoices:read");

    IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
      try (ConfigurableApplicationContext context = application.run()) {
        assertNotNull(context, "context");
      }
    });
    assertEquals("Tollgate is misconfigured: the Tollgate filter of route admin has unknown argument permission; it"
        + " takes roles, permissions", rootCause(failure).getMessage(), "startup failure");
  }

  private void assertStartupFails(String message, String... properties) {
    runner.withPropertyValues(properties).run(context -> {
      Throwable failure = context.getStartupFailure();
      assertNotNull(failure, "startup failure");
      assertEquals(message, rootCause(failure).getMessage(), "startup failure (the whole message: no value echoed)");
    });
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The gateway's route properties, as its auto-configuration binds them. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(GatewayProperties.class)
  static class RouteProperties {}
}
