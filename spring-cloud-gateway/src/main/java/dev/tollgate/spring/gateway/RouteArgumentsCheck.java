package dev.tollgate.spring.gateway;

import dev.tollgate.spring.boot.PropertyChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;

/**
 * Checks the arguments of every {@value TollgateGatewayFilterFactory#NAME} filter in the gateway's route properties
 * (routes and default filters) at startup. Spring Cloud Gateway builds routes when they are first refreshed and
 * only logs a route that fails, and its binder ignores arguments it does not know; a misspelt {@code role:} would
 * then silently require nothing but a session. Stateless.
 */
final class RouteArgumentsCheck {

  /** The key Spring Cloud Gateway gives a shortcut argument ({@code - Tollgate=…}). */
  private static final String SHORTCUT_KEY_PREFIX = "_genkey_";

  private RouteArgumentsCheck() {}

  /**
   * @param gateway the gateway's route properties
   * @throws IllegalStateException naming the route and the argument of the first invalid filter
   */
  static void check(GatewayProperties gateway) {
    for (FilterDefinition filter : gateway.getDefaultFilters()) {
      check("the default filters", filter);
    }
    for (RouteDefinition route : gateway.getRoutes()) {
      for (FilterDefinition filter : route.getFilters()) {
        check("route " + route.getId(), filter);
      }
    }
  }

  private static void check(String where, FilterDefinition filter) {
    if (!TollgateGatewayFilterFactory.NAME.equals(filter.getName())) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    String roles = null;
    String permissions = null;
    for (Map.Entry<String, String> argument : filter.getArgs().entrySet()) {
      String key = argument.getKey();
      if (key.startsWith(SHORTCUT_KEY_PREFIX)) {
        throw PropertyChecks.misconfigured("the " + TollgateGatewayFilterFactory.NAME + " filter of " + where
            + " takes its arguments by name (" + String.join(", ", TollgateGatewayFilterFactory.ARGUMENTS)
            + "), not as a shortcut (name=value)");
      }
      switch (key.toLowerCase(Locale.ROOT)) {
        case TollgateGatewayFilterFactory.ROLES -> roles = argument.getValue();
        case TollgateGatewayFilterFactory.PERMISSIONS -> permissions = argument.getValue();
        default -> unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw PropertyChecks.misconfigured("the " + TollgateGatewayFilterFactory.NAME + " filter of " + where
          + " has unknown argument " + String.join(", ", unknown) + "; it takes "
          + String.join(", ", TollgateGatewayFilterFactory.ARGUMENTS));
    }
    try {
      AccessRule.of(literal(roles), literal(permissions));
    } catch (IllegalArgumentException invalid) {
      throw PropertyChecks.misconfigured(where + ": " + invalid.getMessage());
    }
  }

  /** A SpEL value ({@code #{…}}) is evaluated when the route is built, and checked then. */
  private static @Nullable String literal(@Nullable String value) {
    return value != null && value.contains("#{") ? null : value;
  }
}
