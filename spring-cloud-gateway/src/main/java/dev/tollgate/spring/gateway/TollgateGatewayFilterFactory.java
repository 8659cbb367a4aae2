package dev.tollgate.spring.gateway;

import dev.tollgate.Session;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The route filter {@value #NAME}: the route requires a signed-in Clerk session, and optionally organization roles
 * and permissions.
 *
 * <pre>
 * filters:
 *   - Tollgate                                   # signed in
 *   - name: Tollgate
 *     args: { roles: org:admin, permissions: org:invoices:read }
 * </pre>
 *
 * <p>A session must have ANY of the comma-separated {@value #ROLES} (when given) and ALL of the comma-separated
 * {@value #PERMISSIONS}, as Clerk's {@code has()} reads them; otherwise the answer is 403 {@code insufficient_scope}.
 * A request without an acceptable session is refused exactly as the servlet filter refuses it (401 with an RFC 6750
 * challenge, 400 {@code invalid_request}, 503 with {@code Retry-After} while the signing keys are unavailable). A
 * request that passes goes upstream with the identity headers of {@link TollgateGatewayProperties.Headers} and
 * without any identity header the client sent; its {@code Authorization} header and cookies are passed on unchanged.
 * Other arguments, or shortcut arguments ({@code - Tollgate=…}), fail startup naming them.
 *
 * <p>The verified {@link Session} is an attribute of the exchange ({@link #session(ServerWebExchange)}), for the
 * route's later filters, for example a rate limiter's key resolver. Thread-safe; created by
 * {@link TollgateGatewayAutoConfiguration}.
 */
public final class TollgateGatewayFilterFactory
    extends AbstractGatewayFilterFactory<TollgateGatewayFilterFactory.Config> {

  /** The filter's name in route definitions: {@value}. */
  public static final String NAME = "Tollgate";

  /** The argument listing roles, any one of which is required: {@value}. */
  public static final String ROLES = "roles";

  /** The argument listing permissions, all of which are required: {@value}. */
  public static final String PERMISSIONS = "permissions";

  /** Every argument the filter takes. */
  static final List<String> ARGUMENTS = List.of(ROLES, PERMISSIONS);

  /** The exchange attribute holding the verified {@link Session}: {@value}. */
  public static final String SESSION_ATTRIBUTE = "dev.tollgate.spring.gateway.session";

  private final GatewayAuthentication authentication;

  TollgateGatewayFilterFactory(GatewayAuthentication authentication) {
    super(Config.class);
    this.authentication = Objects.requireNonNull(authentication, "authentication");
  }

  /**
   * The session a Tollgate filter verified for this exchange.
   *
   * @param exchange the exchange
   * @return the session, or empty before a Tollgate filter ran or on a route without one
   */
  public static Optional<Session> session(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(SESSION_ATTRIBUTE));
  }

  /** @return {@value #NAME} */
  @Override
  public String name() {
    return NAME;
  }

  /** @return no shortcut fields: arguments are given by name */
  @Override
  public List<String> shortcutFieldOrder() {
    return List.of();
  }

  /**
   * @param config the route's arguments
   * @return the route's filter
   * @throws IllegalArgumentException naming the argument when a list is empty or has an empty entry
   */
  @Override
  public GatewayFilter apply(Config config) {
    AccessRule rule = AccessRule.of(config.getRoles(), config.getPermissions());
    return new RouteFilter(authentication, rule);
  }

  /** The filter of one route. */
  private static final class RouteFilter implements GatewayFilter {

    private final GatewayAuthentication authentication;
    private final AccessRule rule;

    RouteFilter(GatewayAuthentication authentication, AccessRule rule) {
      this.authentication = authentication;
      this.rule = rule;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
      return authentication.filter(exchange, chain, rule);
    }

    @Override
    public String toString() {
      return NAME + "[roles=" + rule.roles() + ", permissions=" + rule.permissions() + "]";
    }
  }

  /**
   * The filter's arguments. A mutable bean for Spring Cloud Gateway's binder; absent arguments are {@code null}.
   */
  public static class Config {

    private @Nullable String roles;
    private @Nullable String permissions;

    /** Creates arguments that require a signed-in session only. */
    public Config() {}

    /** @return the comma-separated roles, any one of which is required, or {@code null} */
    public @Nullable String getRoles() {
      return roles;
    }

    /** @param roles comma-separated roles, any one of which is required */
    public void setRoles(@Nullable String roles) {
      this.roles = roles;
    }

    /** @return the comma-separated permissions, all of which are required, or {@code null} */
    public @Nullable String getPermissions() {
      return permissions;
    }

    /** @param permissions comma-separated permissions, all of which are required */
    public void setPermissions(@Nullable String permissions) {
      this.permissions = permissions;
    }
  }
}
